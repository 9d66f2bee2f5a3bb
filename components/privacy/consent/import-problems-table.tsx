import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import type { ImportErrorRow } from "@/lib/client/privacy/import-error-rows";

/** Every bad row the check found, by line number (the header is line 1). */
export function ImportProblemsTable({ problems }: { problems: readonly ImportErrorRow[] }) {
  return (
    <Table label="Rows with problems">
      <TableHead>
        <tr>
          <Th className="w-20">Line</Th>
          <Th>Problem</Th>
        </tr>
      </TableHead>
      <TableBody>
        {problems.map((problem, index) => (
          <tr key={`${problem.line}-${index}`}>
            <Td className="font-mono tabular-nums">{problem.line}</Td>
            <Td className="[overflow-wrap:anywhere]">{problem.message}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
