import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";

/**
 * The form kit: every form that posts goes through KitForm and these fields, so every form has
 * the same error summary (NAV's design system: a list of links to the fields in error, focused
 * when a result arrives), the same labels, hints and error texts tied to their fields for screen
 * readers, and works without JavaScript (a plain POST; Conform validates in the browser when
 * scripts run, with the same Zod schema the action uses).
 *
 * Messages in Zod schemas are i18n keys; reasons the server already translated (they contain
 * spaces) are shown as they are.
 */

/** The part of a field's metadata the summary and focus need, whatever the field's value type. */
type FieldState = { id: string; name: string; errorId: string; descriptionId: string; errors?: string[] };

/** Which field gets focus when the page is rendered with errors (autoFocus works without JavaScript). */
const FirstInvalidContext = createContext<string | undefined>(undefined);

function useErrorText() {
  const { t } = useTranslation();
  return (key: string) => (key.includes(" ") ? key : t(key, { defaultValue: t("errors.generic") }));
}

export type SummaryField = { meta: FieldState; label: string };

/**
 * A form with its error summary. `labels` names the fields in the order they stand in the form;
 * the summary lists those in error with their label and links to them, and the first of them
 * gets focus. `intent` adds the hidden field an action dispatches on.
 */
export function KitForm<Schema extends Record<string, unknown>>({
  form,
  result,
  fields,
  labels,
  intent,
  method = "post",
  action,
  className,
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  /** The action's last result for this form: a new one moves focus to the first error */
  result: unknown;
  fields: { [K in keyof Schema]?: FieldState };
  labels: { [K in keyof Schema]?: string };
  intent?: string;
  method?: "post" | "get";
  action?: string;
  className?: string;
  children: ReactNode;
}) {
  // Every error of the submission is in the summary: a field's own, those of its items
  // ("measures[2]"), and, as one plain line, any on a value the form does not show (a tampered
  // hidden field), so a refused form never answers without saying why.
  const summary: SummaryField[] = [];
  const placed = new Set<string>([""]);
  for (const [name, label] of Object.entries(labels) as [keyof Schema & string, string | undefined][]) {
    const meta = fields[name];
    if (!meta || !label) continue;
    const own = Object.entries(form.allErrors).filter(
      ([key]) => key === name || key.startsWith(`${name}[`) || key.startsWith(`${name}.`),
    );
    own.forEach(([key]) => placed.add(key));
    summary.push({
      meta: { ...meta, errors: meta.errors?.length ? meta.errors : own.flatMap(([, errors]) => errors) },
      label,
    });
  }
  const unplaced = Object.entries(form.allErrors).some(([key, errors]) => !placed.has(key) && errors.length > 0);
  const formErrors = [...(form.errors ?? []), ...(unplaced ? ["forms.valueInvalid"] : [])];
  const first = summary.find((f) => f.meta.errors?.length)?.meta.name;
  return (
    <FirstInvalidContext.Provider value={first}>
      <ErrorSummary fields={summary} formErrors={formErrors} resultKey={result} />
      <Form method={method} action={action} className={className} {...getFormProps(form)}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {children}
      </Form>
    </FirstInvalidContext.Provider>
  );
}

/**
 * The summary alone, for the rare form whose fields are not Conform fields. The first field in
 * error, or else the summary itself, gets focus when a new result arrives after hydration.
 */
export function ErrorSummary({
  fields,
  formErrors,
  resultKey,
}: {
  fields: SummaryField[];
  formErrors?: string[];
  resultKey: unknown;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const withErrors = fields.filter((f) => f.meta.errors?.length);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const focusedFor = useRef<unknown>(undefined);
  const hasErrors = withErrors.length > 0 || Boolean(formErrors?.length);
  useEffect(() => {
    // Once per server result, as soon as its errors are on the page (Conform applies a result a
    // render after it arrives); never on the keystrokes of client-side re-validation.
    if (!resultKey || !hasErrors || focusedFor.current === resultKey) return;
    focusedFor.current = resultKey;
    const first = withErrors[0];
    if (first) document.getElementById(first.meta.id)?.focus();
    else ref.current?.focus();
  });
  if (!withErrors.length && !formErrors?.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-error-summary=""
      className="mb-6 rounded border-2 border-red-700 bg-red-50 p-4"
    >
      <h2 id={titleId} className="text-lg font-semibold text-red-900">
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

/** Is this the field the page should focus? */
function useAutoFocus(meta: FieldState, autoFocus: boolean | undefined): boolean {
  const first = useContext(FirstInvalidContext);
  return first === undefined ? Boolean(autoFocus) : first === meta.name;
}

function FieldShell({
  meta,
  label,
  hint,
  children,
}: {
  meta: FieldState;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
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

type FieldProps<T, S extends Record<string, unknown>> = {
  meta: FieldMetadata<T, S, string[]>;
  label: string;
  hint?: string;
  /** Focus this field when the form has no errors (the first field of a form people come to fill) */
  autoFocus?: boolean;
};

export function TextField<T, S extends Record<string, unknown>>({
  meta,
  label,
  hint,
  type = "text",
  autoComplete,
  autoFocus,
  step,
}: FieldProps<T, S> & {
  type?: "text" | "email" | "password" | "tel" | "number" | "date";
  autoComplete?: string;
  step?: string;
}) {
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <input
        key={key}
        {...props}
        step={step}
        autoComplete={autoComplete}
        autoFocus={useAutoFocus(meta, autoFocus)}
        className={inputClass}
      />
    </FieldShell>
  );
}

type Option = { value: string; label: string };

/** A select of `options`, or of `groups` of options (each an optgroup). */
export function SelectField<T, S extends Record<string, unknown>>({
  meta,
  label,
  hint,
  options = [],
  groups = [],
  placeholder,
  autoFocus,
  multiple,
  size,
}: FieldProps<T, S> & {
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  placeholder?: string;
  multiple?: boolean;
  size?: number;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined });
  const list = (items: readonly Option[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <select
        key={key}
        {...props}
        multiple={multiple}
        size={size}
        autoFocus={useAutoFocus(meta, autoFocus)}
        className={inputClass}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {list(options)}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {list(g.options)}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextArea<T, S extends Record<string, unknown>>({
  meta,
  label,
  hint,
  rows = 6,
  autoFocus,
}: FieldProps<T, S> & { rows?: number }) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      <textarea
        key={key}
        {...props}
        rows={rows}
        autoFocus={useAutoFocus(meta, autoFocus)}
        className={`${inputClass} max-w-2xl`}
      />
    </FieldShell>
  );
}

function selectedValues(initial: unknown): string[] {
  return Array.isArray(initial)
    ? initial.filter((x): x is string => typeof x === "string")
    : typeof initial === "string"
      ? [initial]
      : [];
}

/**
 * Checkboxes or radio buttons in a fieldset whose legend names the group; the error is tied to
 * the group so screen readers announce it once. The group's label in the summary is its legend.
 * Long lists come in `groups`, each a disclosure that is open when it holds a chosen value.
 */
export function ChoiceGroup<T, S extends Record<string, unknown>>({
  meta,
  legend,
  hint,
  options = [],
  groups,
  type = "checkbox",
  autoFocus,
}: Omit<FieldProps<T, S>, "label"> & {
  legend: string;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  type?: "checkbox" | "radio";
}) {
  const errorText = useErrorText();
  const selected = selectedValues(meta.initialValue);
  const invalid = Boolean(meta.errors?.length);
  const focus = useAutoFocus(meta, autoFocus);
  const describedBy =
    [invalid ? meta.errorId : null, hint ? meta.descriptionId : null].filter(Boolean).join(" ") || undefined;
  const firstValue = (groups?.[0]?.options ?? options)[0]?.value;
  const choice = (o: Option) => (
    <label key={o.value} className="inline-flex items-center gap-2">
      <input
        type={type}
        name={meta.name}
        value={o.value}
        id={o.value === firstValue ? meta.id : undefined}
        defaultChecked={selected.includes(o.value)}
        aria-invalid={invalid || undefined}
        autoFocus={focus && o.value === firstValue}
        className="h-5 w-5"
      />
      {o.label}
    </label>
  );
  return (
    <fieldset className="mb-5" aria-describedby={describedBy}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={meta.descriptionId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={meta.errorId} className="mt-1 font-semibold text-red-800">
          {errorText(meta.errors?.[0] ?? "errors.generic")}
        </p>
      ) : null}
      {groups ? (
        groups.map((g, i) => (
          <details
            key={g.label}
            className="mt-2"
            open={g.options.some((o) => selected.includes(o.value)) || (i === 0 && invalid)}
          >
            <summary className="cursor-pointer font-semibold text-brand-800">{g.label}</summary>
            <div className="mt-1 grid gap-1 pl-4 sm:grid-cols-2">{g.options.map(choice)}</div>
          </details>
        ))
      ) : (
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">{options.map(choice)}</div>
      )}
    </fieldset>
  );
}

/** One checkbox that means yes (posted as "on"), e.g. "I have read the text". */
export function Checkbox<T, S extends Record<string, unknown>>({
  meta,
  label,
  legend,
  autoFocus,
}: Omit<FieldProps<T, S>, "label"> & { label: string; legend: string }) {
  return <ChoiceGroup meta={meta} legend={legend} options={[{ value: "on", label }]} autoFocus={autoFocus} />;
}

const buttonTones = {
  primary: "rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800",
  secondary: "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50",
  danger: "rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50",
  dangerSolid: "rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900",
} as const;

export type ButtonTone = keyof typeof buttonTones;

/** The one submit button; `name`/`value` post which of several buttons was pressed. */
export function SubmitButton({
  children,
  tone = "primary",
  name,
  value,
}: {
  children: ReactNode;
  tone?: ButtonTone;
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" name={name} value={value} className={buttonTones[tone]}>
      {children}
    </button>
  );
}

/** Values a form posts as they are: which record, which dispute. */
export function HiddenValues({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export type ButtonChoice = { value?: string; label: ReactNode; tone?: ButtonTone };

/**
 * A row of submit buttons in one form, each posting `name` = its value (a status to move to, a
 * consent to withdraw, agree or decline): one form, so one error summary for the choice.
 */
export function ChoiceButtons({
  name,
  choices,
  className = "flex flex-wrap gap-3",
}: {
  name: string;
  choices: readonly ButtonChoice[];
  className?: string;
}) {
  return (
    <div className={className}>
      {choices.map((c) => (
        <SubmitButton
          key={c.value ?? String(c.label)}
          tone={c.tone ?? "secondary"}
          name={c.value ? name : undefined}
          value={c.value}
        >
          {c.label}
        </SubmitButton>
      ))}
    </div>
  );
}

/**
 * A form that is one button: an intent and its hidden values, e.g. "withdraw this consent".
 * It goes through the kit like any form, so a refusal ("not now") shows in its error summary.
 */
export function ActionButton<Schema extends Record<string, unknown>>({
  form,
  result,
  intent,
  values = {},
  tone = "primary",
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  result: unknown;
  intent: string;
  values?: Record<string, string>;
  tone?: ButtonTone;
  children: ReactNode;
}) {
  return (
    <KitForm form={form} result={result} fields={{}} labels={{}} intent={intent}>
      <HiddenValues values={values} />
      <SubmitButton tone={tone}>{children}</SubmitButton>
    </KitForm>
  );
}

/** The classes of a link that looks like a button (a GET that starts something). */
export const linkButtonClass = buttonTones.primary;

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
