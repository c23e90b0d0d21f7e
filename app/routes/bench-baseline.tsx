import { data } from "react-router";
import { env } from "~/lib/env.server";

/** Only the benchmark asks for this page (it sets BENCH_BASELINE=1); everywhere else it does not exist. */
export function loader() {
  if (env().BENCH_BASELINE !== "1") throw data(null, { status: 404 });
  return null;
}

/** A constant page through the whole stack (Express, React Router, root layout): the benchmark's ceiling. */
export default function BenchBaseline() {
  return <p>Arbeidsbro</p>;
}
