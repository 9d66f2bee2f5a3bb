"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { CapabilityChecklist } from "@/components/access/capability-checklist";
import {
  errorsFromApi,
  hasErrors,
  inheritanceChain,
  isDraftChanged,
  toCreateBody,
  toUpdateBody,
  validateDraft,
  type DraftErrors,
  type RoleDraft,
} from "@/lib/client/roles/role-draft";
import { ToolGrantsEditor } from "@/components/access/tool-grants-editor";
import { CapabilityGroups } from "@/components/console/capability-groups";
import { EditorSection } from "@/components/roles/editor-section";
import { RoleChangePreviewDialog } from "@/components/roles/role-change-preview-dialog";
import { RoleDetailsFields } from "@/components/roles/role-details-fields";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import { ApiError } from "@/lib/client/api-error";
import type { RoleView } from "@/lib/roles/role-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCreateRole } from "@/lib/client/roles/use-create-role";
import { useMe } from "@/lib/client/me/use-me";
import { useRolePreview, type RolePreview } from "@/lib/client/roles/use-role-preview";
import { useUpdateRole } from "@/lib/client/roles/use-update-role";

export type RoleEditorProps = {
  roles: readonly RoleView[];
  /** The role being edited; absent when creating one. */
  role?: RoleView;
  initialDraft: RoleDraft;
};

const NO_ERRORS: DraftErrors = { grants: {} };

/**
 * Edits a role's description, parent, capabilities, tool grants and rate limit. Saving an existing
 * role first previews who gains or loses what, then sends one PATCH; a new role is created directly.
 */
export function RoleEditor({ roles, role, initialDraft }: RoleEditorProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [preview, setPreview] = useState<RolePreview | null>(null);
  const isNew = !role;
  const isBuiltIn = role?.isBuiltIn ?? false;
  const router = useRouter();
  const toast = useToast();
  const { data: me } = useMe();
  const createRole = useCreateRole();
  const previewChange = useRolePreview();
  const updateRole = useUpdateRole();
  const isBusy = createRole.isPending || previewChange.isPending || updateRole.isPending;

  const inherited = useMemo(() => {
    const sources = new Map<string, string>();
    for (const parent of inheritanceChain(draft.inherits, roles)) {
      for (const c of parent.capabilities) if (!sources.has(c)) sources.set(c, parent.name);
    }
    return sources;
  }, [draft.inherits, roles]);
  const grantable = useMemo(() => new Set(me?.capabilities ?? []), [me]);
  const isChanged = role ? isDraftChanged(draft, role) : true;
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Closing or reloading the tab with unsaved edits asks first (in-app links do not).
    if (!role || !isChanged) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [role, isChanged]);

  function change(patch: Partial<RoleDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function discard() {
    setDraft(initialDraft);
    setErrors(NO_ERRORS);
  }

  function showServerError(error: unknown) {
    const next = error instanceof ApiError ? errorsFromApi(error, draft) : NO_ERRORS;
    if (error instanceof ApiError && error.code === "conflict" && isNew && !next.name)
      next.name = error.message;
    setErrors(next);
    if (!hasErrors(next)) toastApiError(toast, error);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateDraft(draft, { isNew, roles });
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      if (role) {
        setPreview(
          await previewChange.mutateAsync({ name: role.name, body: toUpdateBody(draft, isBuiltIn) }),
        );
      } else {
        const { role: created } = await createRole.mutateAsync(toCreateBody(draft));
        toast.success(`Created role ${created.name}.`);
        router.push(`/roles/${encodeURIComponent(created.name)}`);
      }
    } catch (error) {
      showServerError(error);
    }
  }

  async function save() {
    if (!role) return;
    try {
      const { role: saved } = await updateRole.mutateAsync({
        name: role.name,
        body: toUpdateBody(draft, isBuiltIn),
      });
      toast.success(`Saved ${saved.name}.`);
    } catch (error) {
      showServerError(error);
    } finally {
      setPreview(null);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5 pb-20"
      aria-label={isNew ? "New role" : `Edit ${role.name}`}
    >
      <EditorSection id="role-details" title="Details">
        <RoleDetailsFields
          draft={draft}
          onChange={change}
          errors={errors}
          roles={roles}
          isNew={isNew}
          isBuiltIn={isBuiltIn}
          disabled={isBusy}
        />
      </EditorSection>

      <EditorSection
        id="role-capabilities"
        title="Console and API capabilities"
        description={
          isBuiltIn
            ? "Built-in roles keep the capabilities Gatehouse defines for them, so they mean the same everywhere. To grant a different set, clone this role."
            : "What holders may see and do in the console and the REST API."
        }
      >
        {isBuiltIn && role ? (
          <CapabilityGroups
            capabilities={role.effectiveCapabilities}
            emptyText="This role grants no capabilities."
          />
        ) : (
          <CapabilityChecklist
            value={draft.capabilities}
            onChange={(capabilities) => change({ capabilities })}
            inherited={inherited}
            grantable={grantable}
            error={errors.capabilities}
            disabled={isBusy}
          />
        )}
      </EditorSection>

      <EditorSection
        id="role-tool-grants"
        title="Tool grants"
        description={
          <>
            Which gateway tools holders may call, as patterns over{" "}
            <code className="font-mono">server/tool</code> with <code className="font-mono">*</code> as a
            wildcard. Nothing is allowed unless a grant allows it; a deny always wins.
          </>
        }
      >
        <ToolGrantsEditor
          rows={draft.toolGrants}
          onChange={(toolGrants) => change({ toolGrants })}
          errors={errors.grants}
          disabled={isBusy}
        />
      </EditorSection>

      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-end gap-3 rounded-lg border border-zinc-200 bg-white/95 px-4 py-3 shadow-sm backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
        <p className="mr-auto text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {isNew
            ? "Nobody holds a new role yet, so creating it changes no one's access."
            : isChanged
              ? "Unsaved changes. You will see who gains or loses access before anything is saved."
              : "No unsaved changes."}
        </p>
        {role && isChanged ? (
          <Button variant="secondary" onClick={discard} disabled={isBusy}>
            Discard changes
          </Button>
        ) : null}
        <Button ref={submitRef} type="submit" disabled={isBusy || !isChanged}>
          {isNew
            ? createRole.isPending
              ? "Creating…"
              : "Create role"
            : previewChange.isPending
              ? "Checking the effect…"
              : "Review and save"}
        </Button>
      </div>

      {role && preview ? (
        <RoleChangePreviewDialog
          roleName={role.name}
          preview={preview}
          isSaving={updateRole.isPending}
          onConfirm={() => void save()}
          onOpenChange={(open) => {
            if (open) return;
            setPreview(null);
            // The dialog has no trigger of its own: return focus to "Review and save".
            requestAnimationFrame(() => submitRef.current?.focus());
          }}
        />
      ) : null}
    </form>
  );
}
