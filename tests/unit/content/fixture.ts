import { loadContentFiles } from '../../support/content-files.ts';

/**
 * The smallest valid content set: one of everything, wired together. Tests override single files
 * (by path under content/) to introduce exactly one mistake, and the real loader parses them.
 */
export const VALID: Record<string, string> = {
  'documents/status-2022.md': `---
title: Database migration scenario status
url: https://learn.microsoft.com/azure/dms/resource-scenario-status
date: 2022-06-13
---
The 2022 status tables.
`,
  'platforms/sql-server.md': `---
name: SQL Server
engine: sql-server
hosting: self-managed
cite: status-2022
---
SQL Server anywhere.
`,
  'platforms/azure-sql-managed-instance.md': `---
name: Azure SQL Managed Instance
engine: sql-server
hosting: azure-paas
cite: status-2022
---
`,
  'tools/dms.md': `---
name: Azure Database Migration Service
short: DMS
cite: status-2022
---
`,
  'footnotes/ads-targets.md': `---
cite: status-2022
---
Through the Azure Data Studio extension.
`,
  'scenarios/sql-server-to-azure-sql-managed-instance.md': `---
source: sql-server
target: azure-sql-managed-instance
reviewed: 2026-11-01
offerings:
  - mode: offline
    tool: dms
    footnotes: [ads-targets]
    history:
      - date: 2022-06-13
        status: ga
        cite: status-2022
---
Supported in both modes.
`,
  'questions/sql-server-version.md': `---
prompt: Which SQL Server version?
kind: choice
order: 100
options:
  - { value: 2014, label: "2014" }
  - { value: 2016, label: "2016" }
---
`,
  'considerations/old-sql-server.md': `---
kind: limitation
title: SQL Server 2014 and earlier
summary: Not supported by the extension.
severity: blocker
appliesTo: { sources: [sql-server], tools: [dms] }
when: { question: sql-server-version, below: 2016 }
cite: status-2022
---
Upgrade first.
`,
  'guides/offline-vs-online.md': `---
title: Offline or online
summary: How to choose.
rules:
  - id: test-offline-first
    text: Test offline first.
    cite: status-2022
---
Prose.
`,
};

export const TODAY = '2026-11-22';

/** Writes VALID with the given overrides (a null value deletes a file) and loads it. */
export function loadFixture(overrides: Record<string, string | Buffer | null> = {}) {
  return loadContentFiles({ ...VALID, ...overrides }, TODAY);
}

/** Replaces one line of a VALID file, the way an author's edit would. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = VALID[path];
  if (!text.includes(from)) throw new Error(`fixture ${path} has no ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}
