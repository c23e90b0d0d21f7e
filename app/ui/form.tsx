import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type AnyField = FieldMetadata<string | undefined>;

/** Zod schemas carry i18n keys as messages; this turns them into text in the reader's language. */
function useErrorText() {
  const { t } = useTranslation();
  // The measure catalogue's reasons arrive already in the reader's language (keys have no spaces).
  return (key: string) => (key.includes(" ") ? key : t(key, { defaultValue: t("errors.generic") }));
}

export type SummaryField = { meta: AnyField; label: string };

/**
 * The error summary of NAV's design system: a list of links to every field in error, above the
 * form. The first field in error gets focus (autoFocus works without JavaScript; the effect
 * covers results that arrive after hydration).
 */
export function ErrorSummary({ fields, formErrors, resultKey }: { fields: SummaryField[]; formErrors?: string[]; resultKey: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const withErrors = fields.filter((f) => f.meta.errors?.length);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!resultKey) return;
    const first = withErrors[0];
    if (first) document.getElementById(first.meta.id)?.focus();
    else if (formErrors?.length) ref.current?.focus();
    // Only when a new server result arrives, not on every keystroke's re-validation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resultKey]);
  if (!withErrors.length && !formErrors?.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-900">
        {t("forms.errorSummaryTitle")}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {formErrors?.map((e) => (
          <li key={e} className="text-red-900">
            {errorText(e)}
          </li>
        ))}
        {withErrors.map((f) => (
          <li key={f.meta.id}>
            <a href={`#${f.meta.id}`} className="text-red-900 underline">
              {f.label}: {errorText(f.meta.errors?.[0] ?? "errors.generic")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldShell({ meta, label, hint, children }: { meta: AnyField; label: string; hint?: string; children: ReactNode }) {
  const errorText = useErrorText();
  return (
    <div className="mb-5">
      <label htmlFor={meta.id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={meta.descriptionId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {meta.errors?.length ? (
        <p id={meta.errorId} className="mt-1 font-semibold text-red-800">
          {errorText(meta.errors[0] ?? "errors.generic")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const inputClass =
  "mt-1 block w-full max-w-md rounded border-2 border-gray-600 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({
  meta,
  label,
  hint,
  type = "text",
  autoComplete,
  autoFocus,
}: {
  meta: AnyField;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "tel" | "number" | "date";
  autoComplete?: string;
  autoFocus?: boolean;
}) {
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <input key={key} {...props} autoComplete={autoComplete} autoFocus={autoFocus} className={inputClass} />
    </FieldShell>
  );
}

export function SelectField({
  meta,
  label,
  hint,
  options,
  placeholder,
  autoFocus,
}: {
  meta: AnyField;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <select key={key} {...props} autoFocus={autoFocus} className={inputClass}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextArea({ meta, label, hint, rows = 6, autoFocus }: { meta: AnyField; label: string; hint?: string; rows?: number; autoFocus?: boolean }) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <textarea key={key} {...props} rows={rows} autoFocus={autoFocus} className={`${inputClass} max-w-2xl`} />
    </FieldShell>
  );
}

type ListField = FieldMetadata<string[] | string | undefined>;

function selectedValues(meta: ListField): string[] {
  const v: unknown = meta.initialValue;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
}

/**
 * Checkboxes or radio buttons in a fieldset whose legend names the group; the error is tied to
 * the group so screen readers announce it once.
 */
export function ChoiceGroup({
  meta,
  legend,
  options,
  type = "checkbox",
  autoFocus,
}: {
  meta: ListField;
  legend: string;
  options: { value: string; label: string }[];
  type?: "checkbox" | "radio";
  autoFocus?: boolean;
}) {
  const errorText = useErrorText();
  const selected = selectedValues(meta);
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset className="mb-5" aria-describedby={invalid ? meta.errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {invalid ? (
        <p id={meta.errorId} className="mt-1 font-semibold text-red-800">
          {errorText(meta.errors?.[0] ?? "errors.generic")}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o, i) => (
          <label key={o.value} className="inline-flex items-center gap-2">
            <input
              type={type}
              name={meta.name}
              value={o.value}
              id={i === 0 ? meta.id : undefined}
              defaultChecked={selected.includes(o.value)}
              aria-invalid={invalid || undefined}
              autoFocus={autoFocus && i === 0}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The first field in error, so the server-rendered page (no JavaScript) can autofocus it. */
export function firstInvalid(fields: AnyField[]): string | undefined {
  return fields.find((f) => f.errors?.length)?.name;
}

export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
      {children}
    </button>
  );
}

export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "success" | "warning" }) {
  const tones = {
    info: "border-blue-700 bg-blue-50 text-blue-950",
    success: "border-green-700 bg-green-50 text-green-950",
    warning: "border-amber-700 bg-amber-50 text-amber-950",
  } as const;
  return (
    <div role="status" className={`mb-6 rounded border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}
