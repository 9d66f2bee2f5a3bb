"use client";

import { EnabledSwitch } from "@/components/ui/enabled-switch";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { useUpdateMaskingPolicy } from "@/lib/client/privacy/use-update-masking-policy";

/** Turns a policy on or off from the next call; shows the new state while it is saved. */
export function MaskingPolicyEnabledSwitch({ policy }: { policy: MaskingPolicyView }) {
  const update = useUpdateMaskingPolicy();
  return (
    <EnabledSwitch
      label={policy.name}
      isEnabled={policy.isEnabled}
      saving={{ isPending: update.isPending, value: update.variables?.body.isEnabled }}
      save={(isEnabled) => update.mutateAsync({ id: policy.id, body: { isEnabled } })}
      successMessage={(isEnabled) =>
        isEnabled ? `${policy.name} applies from the next call.` : `${policy.name} is off.`
      }
    />
  );
}
