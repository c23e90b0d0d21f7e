import { data } from "react-router";

/** Liveness: the process answers. Whether it may take traffic is /readyz. */
export function loader() {
  return data({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
