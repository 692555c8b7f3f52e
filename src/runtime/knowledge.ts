/**
 * The validated data files the decide and render steps read (contacts, deployment,
 * reply content). Placeholder until the replies work lands.
 */
export interface Knowledge {
  deploymentId: string | null;
}

/** Loads and validates every data file decide/render need; throws DataFileError. */
export function loadKnowledge(_dataDir: string, deploymentId: string | null): Knowledge {
  return { deploymentId };
}
