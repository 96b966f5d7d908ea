// The documented workflow in TypeScript, typed only by `talkover.d.ts`, which openapi-typescript
// generates from openapi/talkover.yaml. Compiled with `tsc --noEmit --strict` by the test suite:
// a spec change that breaks a consumer like this one fails the build.
import type { components, paths } from "./talkover";

type Training = components["schemas"]["Training"];
type TrainingInput = components["schemas"]["TrainingInput"];
type ErrorBody = components["schemas"]["Error"];
type ValidationBody = components["schemas"]["ValidationError"];
type ListOk =
  paths["/agents/{agent_id}/trainings"]["get"]["responses"]["200"]["content"]["application/json"];
type CreateOk =
  paths["/agents/{agent_id}/trainings"]["post"]["responses"]["200"]["content"]["application/json"];
type DeleteOk =
  paths["/agents/{agent_id}/trainings/{training_id}"]["delete"]["responses"]["200"]["content"]["application/json"];
type PublishOk =
  paths["/agents/{agent_id}/publish"]["post"]["responses"]["200"]["content"]["application/json"];
type AgentOk = paths["/agents/{agent_id}"]["get"]["responses"]["200"]["content"]["application/json"];

export class TalkoverError extends Error {
  constructor(readonly status: number, readonly body: ErrorBody | ValidationBody) {
    super(`${status}: ${body.message}`);
  }
}

export class Talkover {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private async call<T>(method: string, path: string, body?: TrainingInput): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new TalkoverError(response.status, json as ErrorBody);
    return json as T;
  }

  async listTrainings(agentId: string): Promise<Training[]> {
    const ok = await this.call<ListOk>("GET", `/agents/${encodeURIComponent(agentId)}/trainings`);
    return ok.data;
  }

  async upsertTraining(agentId: string, input: TrainingInput): Promise<Training> {
    const ok = await this.call<CreateOk>("POST", `/agents/${encodeURIComponent(agentId)}/trainings`, input);
    return ok.data;
  }

  async deleteTraining(agentId: string, trainingId: string): Promise<string> {
    const path = `/agents/${encodeURIComponent(agentId)}/trainings/${encodeURIComponent(trainingId)}`;
    const ok = await this.call<DeleteOk>("DELETE", path);
    return ok.message;
  }

  async publish(agentId: string): Promise<PublishOk["data"]> {
    return (await this.call<PublishOk>("POST", `/agents/${encodeURIComponent(agentId)}/publish`)).data;
  }

  async agentStatus(agentId: string): Promise<"draft" | "published"> {
    const ok = await this.call<AgentOk>("GET", `/agents/${encodeURIComponent(agentId)}`);
    return ok.data.current_status;
  }
}

export async function refreshKnowledge(client: Talkover, agentId: string): Promise<void> {
  const trainings = await client.listTrainings(agentId);
  const stale = trainings.filter((t) => t.current_status === "inactive");
  await client.upsertTraining(agentId, {
    node_id: "refunds",
    subject: "Refund policy",
    instructions: "Refunds are possible within 30 days.",
    current_status: "active",
  });
  for (const training of stale) {
    await client.deleteTraining(agentId, training.id);
  }
  try {
    const published = await client.publish(agentId);
    const status: "published" | "draft" = published.current_status;
    console.log(`agent ${published.id} is ${status}, updated ${published.updated_at}`);
  } catch (error) {
    if (error instanceof TalkoverError && error.status === 422 && "errors" in error.body) {
      console.log("not ready to publish:", Object.keys(error.body.errors ?? {}).join(", "));
    } else {
      throw error;
    }
  }
}
