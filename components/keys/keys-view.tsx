"use client";

import { KeyRound } from "lucide-react";
import { CreateKeyDialog } from "@/components/keys/create-key-dialog";
import { KeyRow } from "@/components/keys/key-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { useCan } from "@/lib/client/me/use-can";
import { useKeys } from "@/lib/client/keys/use-keys";
import { ListPanel } from "@/components/ui/list-panel";

/** API keys for machines calling the gateway and the REST API. */
export function KeysView() {
  const keys = useKeys();
  const canWrite = useCan("keys:write");

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let services call the MCP gateway and the REST API with the roles you give them."
        actions={canWrite ? <CreateKeyDialog /> : null}
      />
      <ListPanel
        query={keys}
        empty={
          <EmptyState icon={KeyRound} title="No API keys yet">
            {canWrite
              ? "Create a key for each service that calls the gateway."
              : "Nobody has created an API key yet."}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="API keys">
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>Roles</Th>
                <Th>Status</Th>
                <Th>Expires</Th>
                <Th>Last used</Th>
                <Th>Rate limit</Th>
                {canWrite ? (
                  <Th className="w-32">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {data.map((key) => (
                <KeyRow key={key.id} apiKey={key} canWrite={canWrite} />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </>
  );
}
