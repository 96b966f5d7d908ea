// Runs the compiled workflow against a server: node run.mjs BASE_URL TOKEN AGENT_ID CAMPAIGN_ID.
// Prints one JSON report; exits 1 on any error.
import { campaignWorkflow, describeCallStatus, talkover, trainingsWorkflow } from "./workflow.js";

const [baseUrl, token, agentId, campaignId] = process.argv.slice(2);
try {
  const client = talkover(baseUrl, token);
  const trainings = await trainingsWorkflow(client, agentId);
  const campaign = await campaignWorkflow(client, campaignId);
  // A value of a later release, as a response would carry it.
  const laterRelease = describeCallStatus(JSON.parse('"voicemail"'));
  console.log(JSON.stringify({ trainings, campaign, laterRelease }));
} catch (error) {
  console.error(error);
  process.exit(1);
}
