// A TypeScript team's client of the Talkover API: openapi-fetch over the types openapi-typescript
// generates from openapi/talkover.yaml (`talkover.d.ts`). Nothing here is written per endpoint:
// paths, parameters, bodies, results and error bodies are all the spec's.
//
// The test suite compiles this with `tsc --strict` (a spec change that breaks a consumer like
// this one fails the build) and runs it under Node against a served mock (`run.mjs`).
import createClient from "openapi-fetch";
import type { components, paths } from "./talkover.js";

export type Training = components["schemas"]["Training"];
export type ErrorBody = components["schemas"]["Error"];
export type CampaignStatus = components["schemas"]["CampaignStatus"];
export type CallStatus = components["schemas"]["CallStatus"];

/** A response enum kept open to the API's later releases: the known values still autocomplete
 * and narrow in a switch, and a value the spec does not list yet is a string, not a crash.
 * Never end a switch over a response enum with an exhaustiveness check (`assertNever`). */
export type Open<T extends string> = T | (string & {});

/** What a team's code does with a call's status, a later release's value included. */
export function describeCallStatus(status: Open<CallStatus>): string {
  switch (status) {
    case "completed":
      return "the call ended";
    case "busy":
    case "no-answer":
    case "failed":
      return "the call did not connect";
    default:
      return `a status this code does not know yet: ${status}`;
  }
}

export class TalkoverError extends Error {
  constructor(readonly status: number, readonly body: { message: string }) {
    super(`${status}: ${body.message}`);
  }
}

export function talkover(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}
export type Client = ReturnType<typeof talkover>;

export interface TrainingsReport {
  created: string;
  subjectsAfterCreate: string[];
  deleted: string;
  secondDeleteStatus: number;
  secondDeleteMessage: string;
  agentStatusAfter: "draft" | "published";
}

/** List, create and delete a training; the second delete is a typed 404. */
export async function trainingsWorkflow(client: Client, agentId: string): Promise<TrainingsReport> {
  const path = { agent_id: agentId };
  const created = await client.POST("/agents/{agent_id}/trainings", {
    params: { path },
    body: { node_id: "refunds", subject: "Refunds", instructions: "Within 30 days.", current_status: "active" },
  });
  if (created.error) throw new TalkoverError(created.response.status, created.error);
  const training: Training = created.data.data;

  const listed = await client.GET("/agents/{agent_id}/trainings", { params: { path } });
  if (listed.error) throw new TalkoverError(listed.response.status, listed.error);
  const active = listed.data.data.filter((t: Training) => t.current_status === "active");

  const target = { params: { path: { agent_id: agentId, training_id: training.id } } };
  const deleted = await client.DELETE("/agents/{agent_id}/trainings/{training_id}", target);
  if (deleted.error) throw new TalkoverError(deleted.response.status, deleted.error);

  const again = await client.DELETE("/agents/{agent_id}/trainings/{training_id}", target);
  if (again.error === undefined) throw new Error("a deleted training was deleted twice");
  const notFound: ErrorBody = again.error; // typed by the spec's 404 body

  const agent = await client.GET("/agents/{agent_id}", { params: { path } });
  if (agent.error) throw new TalkoverError(agent.response.status, agent.error);
  return {
    created: training.id,
    subjectsAfterCreate: active.map((t: Training) => t.subject),
    deleted: deleted.data.message,
    secondDeleteStatus: again.response.status,
    secondDeleteMessage: notFound.message,
    agentStatusAfter: agent.data.data.current_status,
  };
}

export interface CampaignReport {
  statuses: CampaignStatus[];
  refusedStatus: number;
  refusedMessage: string;
}

/** Pause and resume a campaign; a move the transition table forbids is a typed 400. */
export async function campaignWorkflow(client: Client, campaignId: string): Promise<CampaignReport> {
  const path = { campaign_id: campaignId };
  const statuses: CampaignStatus[] = [];
  for (const status of ["paused", "active"] as const) {
    const changed = await client.PATCH("/campaigns/{campaign_id}/status", { params: { path }, body: { status } });
    if (changed.error) throw new TalkoverError(changed.response.status, changed.error);
    statuses.push(changed.data.data.status);
  }
  const refused = await client.PATCH("/campaigns/{campaign_id}/status", {
    params: { path },
    body: { status: "draft" },
  });
  if (refused.error === undefined) throw new Error("an active campaign went back to draft");
  return { statuses, refusedStatus: refused.response.status, refusedMessage: refused.error.message };
}
