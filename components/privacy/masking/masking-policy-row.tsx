"use client";

import { useRef, useState } from "react";
import { DeleteMaskingPolicyButton } from "@/components/privacy/masking/delete-masking-policy-button";
import { APPLIES_TO_LABELS } from "@/components/privacy/masking/masking-policy-labels";
import { MaskingPolicyDialog } from "@/components/privacy/masking/masking-policy-dialog";
import { MaskingPolicyEnabledSwitch } from "@/components/privacy/masking/masking-policy-enabled-switch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Muted } from "@/components/ui/muted";
import { Td } from "@/components/ui/table";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { cn } from "@/lib/client/cn";
import { STRATEGY_INFO, strategyExample } from "@/lib/client/privacy/strategy-examples";

// Names wrap only where they must (a long pattern), never inside a short word such as a role.
const mono = "font-mono text-[13px] break-words";

export type MaskingPolicyRowProps = {
  policy: MaskingPolicyView;
  detectorNames: ReadonlyMap<string, string>;
  canWrite: boolean;
};

export function MaskingPolicyRow({ policy, detectorNames, canWrite }: MaskingPolicyRowProps) {
  const [isEditing, setIsEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  return (
    <tr className={cn("align-top", !policy.isEnabled && "opacity-70")}>
      <Td className="font-medium text-zinc-900 dark:text-zinc-100">{policy.name}</Td>
      <Td>
        <code className={mono}>{policy.toolPattern}</code>
      </Td>
      <Td>
        {policy.roleName ? (
          <code className={cn(mono, "whitespace-nowrap")}>{policy.roleName}</code>
        ) : (
          <Muted>Every caller</Muted>
        )}
      </Td>
      <Td className="min-w-32">
        {policy.detectors.length === 0 ? (
          <Muted>All</Muted>
        ) : (
          <span className="flex flex-wrap gap-1">
            {policy.detectors.map((id) => (
              <Badge key={id}>{detectorNames.get(id) ?? id}</Badge>
            ))}
          </span>
        )}
      </Td>
      <Td className="whitespace-nowrap">
        <span className="block">{STRATEGY_INFO[policy.strategy]?.label ?? policy.strategy}</span>
        <code className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
          {strategyExample(policy.strategy)}
        </code>
      </Td>
      <Td>{APPLIES_TO_LABELS[policy.appliesTo] ?? policy.appliesTo}</Td>
      <Td>
        {canWrite ? (
          <MaskingPolicyEnabledSwitch policy={policy} />
        ) : (
          <span className="text-sm">{policy.isEnabled ? "On" : "Off"}</span>
        )}
      </Td>
      {canWrite ? (
        <Td>
          <span className="flex justify-end gap-1">
            <Button
              ref={editRef}
              variant="ghost"
              size="sm"
              onClick={() => setIsEditing(true)}
              aria-label={`Edit ${policy.name}`}
            >
              Edit
            </Button>
            <DeleteMaskingPolicyButton policy={policy} />
          </span>
          {isEditing ? (
            <MaskingPolicyDialog
              policy={policy}
              onClose={() => {
                setIsEditing(false);
                requestAnimationFrame(() => editRef.current?.focus());
              }}
            />
          ) : null}
        </Td>
      ) : null}
    </tr>
  );
}
