"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { useDebouncedValue } from "@/lib/client/use-debounced-value";
import { useCan } from "@/lib/client/me/use-can";

/** Users: search, list with per-row actions, and "New user" for those who may write. */
export function UsersView() {
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const canWrite = useCan("users:write");

  return (
    <>
      <PageHeader
        title="Users"
        description="People who can sign in to the console, and the roles they hold."
        actions={canWrite ? <CreateUserDialog /> : null}
      />
      <div className="relative mb-4 max-w-sm">
        <label htmlFor="user-search" className="sr-only">
          Search users
        </label>
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          aria-hidden="true"
        />
        <Input
          id="user-search"
          type="search"
          placeholder="Search by email or name"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          className="pl-9"
        />
      </div>
      <UsersTable q={q} canWrite={canWrite} />
    </>
  );
}
