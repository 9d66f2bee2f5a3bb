import { describedBy, FormField } from "@/components/ui/form-field";
import { Input, type InputProps } from "@/components/ui/input";

export type TextFieldProps = Omit<InputProps, "id" | "hasError" | "aria-describedby"> & {
  id: string;
  label: string;
  /** Shown under the input in muted text (hidden while there is an error). */
  hint?: string;
  /** Shown under the input in red; marks the input invalid and is announced with it. */
  error?: string;
};

/** A labelled input with its hint and field error, wired together by id and aria-describedby. */
export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Input {...input} id={id} hasError={!!error} aria-describedby={describedBy(id, { error, hint })} />
    </FormField>
  );
}
