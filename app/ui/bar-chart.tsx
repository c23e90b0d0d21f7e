import { useId } from "react";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export type BarDatum = { label: string; value: number | null; display: string };

/**
 * A horizontal bar chart drawn with visx: plain SVG, rendered on the server, so it shows without
 * JavaScript. It is an image with a title; the figures themselves are in the table beside it
 * (ui/statistics/figure.tsx), which is what screen readers read. A suppressed value (null) has no bar.
 */
export function BarChart({ title, data, width = 520 }: { title: string; data: readonly BarDatum[]; width?: number }) {
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
            {d.value !== null ? (
              <Bar x={labelWidth} y={0} width={Math.max(1, x(d.value))} height={y.bandwidth()} fill="#1e3a8a" />
            ) : null}
            <text
              x={labelWidth + (d.value !== null ? x(d.value) : 0) + 6}
              y={y.bandwidth() / 2}
              dy="0.35em"
              fontSize="13"
              fill="#111827"
            >
              {d.display}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
