export { foldAligned, foldVietnamese, foldWithIndex, type FoldedText } from "./fold.ts";
