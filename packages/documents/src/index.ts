export {
  numberLine,
  placeAndDate,
  stateDocumentDocx,
  type Align,
  type Annex,
  type Block,
  type Column,
  type Row,
  type Signature,
  type StateDocument,
  type TextStyle,
} from "./state-document.ts";
