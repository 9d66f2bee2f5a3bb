"use client";

import { useRef, useState } from "react";
import { DeleteDetectorButton } from "@/components/privacy/detection/delete-detector-button";
import { DetectorEnabledSwitch } from "@/components/privacy/detection/detector-enabled-switch";
import { DetectorFormDialog } from "@/components/privacy/detection/detector-form-dialog";
import { Button } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";

const mono = "font-mono text-[13px] break-words";

export function CustomDetectorRow({ detector, canWrite }: { detector: DetectorView; canWrite: boolean }) {
  const [isEditing, setIsEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  return (
    <tr className="align-top">
      <Td className="font-medium text-zinc-900 dark:text-zinc-100">{detector.name}</Td>
      <Td className="max-w-md">
        <code className={mono}>
          /{detector.pattern}/{detector.flags}
        </code>
      </Td>
      <Td className="max-w-xs">
        <span className={mono}>{detector.sample}</span>
      </Td>
      <Td>
        {canWrite ? (
          <DetectorEnabledSwitch detector={detector} />
        ) : (
          <span className="text-sm">{detector.isEnabled ? "On" : "Off"}</span>
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
              aria-label={`Edit ${detector.name}`}
            >
              Edit
            </Button>
            <DeleteDetectorButton detector={detector} />
          </span>
          {isEditing ? (
            <DetectorFormDialog
              detector={detector}
              onClose={() => {
                setIsEditing(false);
                // The dialog has no trigger of its own: give focus back to this row's Edit button.
                requestAnimationFrame(() => editRef.current?.focus());
              }}
            />
          ) : null}
        </Td>
      ) : null}
    </tr>
  );
}
