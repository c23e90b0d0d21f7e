import { useId } from "react";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export type BarDatum = { label: string; value: number | null; display: string };

/**
 * A horizontal bar chart drawn with visx: plain SVG, rendered on the server, so it shows without
 * JavaScript. It is an image with a title; the figures themselves are in the table beside it
 * (FigureTable), which is what screen readers read. A suppressed value (null) has no bar.
 */
export function BarChart({ title, data, width = 520 }: { title: string; data: BarDatum[]; width?: number }) {
  const id = useId();
  const labelWidth = 190;
  const row = 28;
  const height = Math.max(1, data.length) * row + 8;
  const max = Math.max(1, ...data.map((d) => d.value ?? 0));
  const y = scaleBand({ domain: data.map((d) => d.label), range: [4, height - 4], padding: 0.2 });
  const x = scaleLinear({ domain: [0, max], range: [0, width - labelWidth - 70] });
  return (
    <svg role="img" aria-labelledby={`${id}-title`} width={width} height={height} className="max-w-full">
      <title id={`${id}-title`}>{title}</title>
      {data.map((d) => {
        const top = y(d.label) ?? 0;
        return (
          <Group key={d.label} top={top}>
            <text x={labelWidth - 8} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize="13" fill="#111827">
              {d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label}
            </text>
            {d.value !== null ? <Bar x={labelWidth} y={0} width={Math.max(1, x(d.value))} height={y.bandwidth()} fill="#1e3a8a" /> : null}
            <text x={labelWidth + (d.value !== null ? x(d.value) : 0) + 6} y={y.bandwidth() / 2} dy="0.35em" fontSize="13" fill="#111827">
              {d.display}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}

/** The text table behind a chart: the accessible source of every figure. */
export function FigureTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: { label: string; display: string }[] }) {
  return (
    <table className="mt-2 w-full max-w-xl border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-400">
          <th scope="col" className="py-1 pr-3">{head[0]}</th>
          <th scope="col" className="py-1 text-right">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-b border-gray-200">
            <th scope="row" className="py-1 pr-3 font-normal">{r.label}</th>
            <td className="py-1 text-right">{r.display}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
