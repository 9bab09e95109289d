import { useSearchParams } from "react-router-dom";

/**
 * A list's page number kept in the address (`?page=`, absent on the first page), so a drill-down's page survives
 * a reload and the back button; the other parameters stay as they are.
 */
export function usePageParam(): [page: number, go: (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const go = (next: number) => {
    const p = new URLSearchParams(params);
    if (next > 1) p.set("page", String(next));
    else p.delete("page");
    setParams(p);
  };
  return [page, go];
}
