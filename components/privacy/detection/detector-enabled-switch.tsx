"use client";

import { EnabledSwitch } from "@/components/ui/enabled-switch";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { useUpdateDetector } from "@/lib/client/privacy/use-update-detector";

/** Turns a custom detector on or off; shows the new state while it is saved. */
export function DetectorEnabledSwitch({ detector }: { detector: DetectorView }) {
  const update = useUpdateDetector();
  return (
    <EnabledSwitch
      label={detector.name}
      isEnabled={detector.isEnabled}
      saving={{ isPending: update.isPending, value: update.variables?.body.isEnabled }}
      save={(isEnabled) => update.mutateAsync({ id: detector.id, body: { isEnabled } })}
      successMessage={(isEnabled) =>
        isEnabled ? `${detector.name} now finds values.` : `${detector.name} is off.`
      }
    />
  );
}
