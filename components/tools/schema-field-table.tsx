import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { listSchemaFields } from "@/lib/client/tools/tool-schema-fields";

/** A JSON Schema's fields, one row each, nested fields indented; all text from the upstream shown as text. */
export function SchemaFieldTable({ schema, label }: { schema: unknown; label: string }) {
  const fields = listSchemaFields(schema);
  if (fields.length === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No fields: the tool takes no arguments here. See the raw JSON for the full schema.
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <Table label={label}>
        <TableHead>
          <tr>
            <Th>Field</Th>
            <Th>Type</Th>
            <Th>Required</Th>
            <Th>Description</Th>
          </tr>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <tr key={field.path} className="align-top">
              <Td className="min-w-36">
                <span
                  className="flex items-baseline font-mono text-[13px] font-medium text-zinc-900 dark:text-zinc-100"
                  style={{ paddingLeft: `${field.depth * 1.25}rem` }}
                >
                  {field.depth > 0 ? (
                    <span aria-hidden="true" className="mr-1 text-zinc-400">
                      └
                    </span>
                  ) : null}
                  <span className="[overflow-wrap:anywhere]">{field.name}</span>
                </span>
                {field.depth > 0 ? (
                  <span className="sr-only">
                    (inside {field.path.slice(0, field.path.length - field.name.length - 1)})
                  </span>
                ) : null}
              </Td>
              <Td className="font-mono text-xs whitespace-nowrap text-indigo-700 dark:text-indigo-300">
                {field.type}
              </Td>
              <Td>
                {field.isRequired ? (
                  <Badge tone="warning">required</Badge>
                ) : (
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">optional</span>
                )}
              </Td>
              <Td className="min-w-56 text-sm">
                {field.description ? (
                  <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{field.description}</p>
                ) : null}
                {field.enumValues ? (
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    One of:{" "}
                    {field.enumValues.map((v, i) => (
                      <span key={`${v}-${i}`}>
                        {i > 0 ? ", " : null}
                        <code className="rounded bg-zinc-100 px-1 font-mono dark:bg-zinc-800">{v}</code>
                      </span>
                    ))}
                  </p>
                ) : null}
                {field.defaultValue !== null ? (
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    Default:{" "}
                    <code className="rounded bg-zinc-100 px-1 font-mono dark:bg-zinc-800">
                      {field.defaultValue}
                    </code>
                  </p>
                ) : null}
                {field.constraints.length > 0 ? (
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    {field.constraints.join(" · ")}
                  </p>
                ) : null}
                {!field.description &&
                !field.enumValues &&
                field.defaultValue === null &&
                field.constraints.length === 0 ? (
                  <span className="text-zinc-400 dark:text-zinc-500">—</span>
                ) : null}
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
