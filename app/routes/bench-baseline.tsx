/** A constant page through the whole stack (Express, React Router, root layout): the benchmark's ceiling. */
export default function BenchBaseline() {
  return <p>Arbeidsbro</p>;
}
