"use client";

import { FileUp } from "lucide-react";
import { useRef, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast-context";

export type CsvTextInputProps = { value: string; onChange: (text: string) => void; disabled?: boolean };

/** The CSV, pasted or read from a file in the browser (nothing is uploaded until a check or import). */
export function CsvTextInput({ value, onChange, disabled }: CsvTextInputProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const toast = useToast();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      onChange(await file.text());
    } catch {
      toast.error(`Could not read ${file.name}.`);
    } finally {
      // Choosing the same file again (after editing it) must read it again.
      input.value = "";
    }
  }

  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <Label htmlFor="consent-import-csv">CSV</Label>
        <Button variant="secondary" size="sm" onClick={() => fileRef.current?.click()} disabled={disabled}>
          <FileUp aria-hidden="true" />
          Choose a file
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <Textarea
        id="consent-import-csv"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        rows={10}
        spellCheck={false}
        placeholder="Paste the CSV here, header line first"
        className="font-mono text-xs"
        disabled={disabled}
      />
    </div>
  );
}
