"use client";

import { Link2, UserRound } from "lucide-react";
import type { ReactNode } from "react";
import {
  actorNameOf,
  ERASED_TEXT,
  serverNameOf,
  targetNameOf,
  type FacetIndex,
} from "@/lib/client/audit/audit-names";
import { AuditResultBadge } from "@/components/audit/search/audit-result-badge";
import { AuditTime } from "@/components/audit/search/audit-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { AuditEventView } from "@/lib/audit/event-view";
import { cn } from "@/lib/client/cn";
import { DetailList, type DetailListProps } from "@/components/ui/detail-list";

export type AuditEventDetailsProps = {
  event: AuditEventView;
  names: FacetIndex;
  onShowCorrelation: (correlationId: string) => void;
  onShowActor: (actorId: string) => void;
};

const muted = "text-zinc-500 dark:text-zinc-400";
const mono = "font-mono text-[13px] [overflow-wrap:anywhere]";

function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="border-t border-zinc-200 py-4 first:border-t-0 first:pt-0 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** The event's label/value lists: a wider label column, and a dash where nothing was recorded. */
function Fields({ items }: Pick<DetailListProps, "items">) {
  return (
    <DetailList
      items={items}
      className="grid-cols-[9rem_minmax(0,1fr)]"
      placeholder={<span className={muted}>—</span>}
    />
  );
}

/** JSON as text in a scrollable block: upstream and user text is never rendered as HTML. */
function JsonBlock({ value, label }: { value: unknown; label: string }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <div className="space-y-2">
      <pre
        aria-label={label}
        className="max-h-80 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere] dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200"
      >
        {text}
      </pre>
      <CopyButton value={text} label="Copy JSON" />
    </div>
  );
}

function Erased({ children }: { children: ReactNode }) {
  return <p className="text-sm text-zinc-600 italic dark:text-zinc-400">{children}</p>;
}

function SubjectFields({
  subject,
  subjectId,
}: {
  subject: AuditEventView["subject"];
  subjectId: string | null;
}) {
  if (subject === ERASED_TEXT)
    return (
      <Erased>
        Erased: this person&apos;s key was destroyed, so what the event recorded about them can no longer be
        read.
      </Erased>
    );
  if (subject === null && subjectId === null)
    return <p className={`text-sm ${muted}`}>No person is named as the subject.</p>;
  return (
    <Fields
      items={[
        subjectId ? { label: "Id", value: <span className={mono}>{subjectId}</span> } : null,
        ...Object.entries(subject ?? {}).map(([key, value]) => ({
          label: key,
          value: (
            <span className="[overflow-wrap:anywhere]">
              {typeof value === "string" ? value : JSON.stringify(value)}
            </span>
          ),
        })),
      ]}
    />
  );
}

function Payload({ event }: { event: AuditEventView }) {
  if (event.payloadPurged)
    return (
      <Erased>
        Dropped by retention. The event&apos;s hash still covers their digest, so the chain verifies.
      </Erased>
    );
  if (event.payload === ERASED_TEXT)
    return <Erased>Erased: they named a person whose key was destroyed.</Erased>;
  if (event.payload === null) return <p className={`text-sm ${muted}`}>None.</p>;
  return <JsonBlock value={event.payload} label="Tool arguments" />;
}

/** Everything recorded about one event, with one-click searches for its correlation and its actor. */
export function AuditEventDetails({ event, names, onShowCorrelation, onShowActor }: AuditEventDetailsProps) {
  const actor = actorNameOf(event.actor, names);
  const server = event.serverId ? serverNameOf(event.serverId, names) : null;
  const target = event.target ? targetNameOf(event.target, names) : null;

  return (
    <div>
      <Section
        title="Event"
        actions={
          event.correlationId ? (
            <Button variant="secondary" size="sm" onClick={() => onShowCorrelation(event.correlationId!)}>
              <Link2 aria-hidden="true" />
              All events of this correlation
            </Button>
          ) : null
        }
      >
        <Fields
          items={[
            {
              label: "Time",
              value: (
                <>
                  <AuditTime iso={event.createdAt} isFull />
                  <span className={`block ${mono} ${muted}`}>{event.createdAt}</span>
                </>
              ),
            },
            { label: "Category", value: <Badge>{event.category}</Badge> },
            { label: "Action", value: <span className={mono}>{event.action}</span> },
            { label: "Result", value: <AuditResultBadge result={event.result} /> },
            {
              label: "Correlation id",
              value: event.correlationId ? <span className={mono}>{event.correlationId}</span> : null,
            },
            event.durationMs !== null
              ? { label: "Duration", value: `${event.durationMs.toLocaleString()} ms` }
              : null,
            event.ip ? { label: "IP address", value: <span className={mono}>{event.ip}</span> } : null,
            event.userAgent
              ? {
                  label: "User agent",
                  value: <span className="[overflow-wrap:anywhere]">{event.userAgent}</span>,
                }
              : null,
          ]}
        />
      </Section>

      <Section
        title="Actor"
        actions={
          event.actor.id ? (
            <Button variant="ghost" size="sm" onClick={() => onShowActor(event.actor.id!)}>
              <UserRound aria-hidden="true" />
              Events by this actor
            </Button>
          ) : null
        }
      >
        <Fields
          items={[
            {
              label: "Name",
              value: actor.isErased ? (
                <span className="italic text-zinc-600 dark:text-zinc-400">Erased</span>
              ) : (
                <span className="[overflow-wrap:anywhere]">{actor.name}</span>
              ),
            },
            { label: "Type", value: actor.kind },
            { label: "Id", value: event.actor.id ? <span className={mono}>{event.actor.id}</span> : null },
          ]}
        />
      </Section>

      <Section title="Target">
        {server || event.tool || event.target ? (
          <Fields
            items={[
              server
                ? {
                    label: "Server",
                    value: (
                      <>
                        <span className="[overflow-wrap:anywhere]">{server.name}</span>
                        <span className={`block ${mono} ${muted}`}>
                          {server.slug ? `${server.slug} · ${event.serverId}` : event.serverId}
                        </span>
                      </>
                    ),
                  }
                : null,
              event.tool ? { label: "Tool", value: <span className={mono}>{event.tool}</span> } : null,
              event.target
                ? {
                    label: "Target",
                    value: (
                      <>
                        {target ? <span className="block [overflow-wrap:anywhere]">{target}</span> : null}
                        <span className={cn("block", mono, target && muted)}>{event.target}</span>
                      </>
                    ),
                  }
                : null,
            ]}
          />
        ) : (
          <p className={`text-sm ${muted}`}>None.</p>
        )}
      </Section>

      <Section title="Details">
        {event.details === null || event.details === undefined ? (
          <p className={`text-sm ${muted}`}>None.</p>
        ) : (
          <JsonBlock value={event.details} label="Details" />
        )}
      </Section>

      <Section title="Tool arguments">
        <Payload event={event} />
      </Section>

      <Section title="Subject">
        <SubjectFields subject={event.subject} subjectId={event.subjectId} />
      </Section>

      <Section title="Integrity">
        <Fields
          items={[
            {
              label: "Event hash",
              value: event.hash ? (
                <div className="space-y-2">
                  <span className={`block ${mono}`} data-testid="event-hash">
                    {event.hash}
                  </span>
                  <CopyButton value={event.hash} label="Copy hash" />
                </div>
              ) : null,
            },
          ]}
        />
      </Section>
    </div>
  );
}
