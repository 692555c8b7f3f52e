/**
 * The validated data files the decide and render steps read (contacts, deployment,
 * reply content). Filled in by the data loaders; placeholder until they land.
 */
export interface Knowledge {
  deploymentId: string | null;
}
