import { SITE_CONTRACT } from '../../../src/lib/content/contracts.ts';
import type { Problem } from '../../../src/lib/content/content-problems.ts';
import { loadContentFiles, type FileSpec } from '../../support/content-files.ts';

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
  // The questions and guide rules below are the ones the code reads by id (src/lib/content/contracts.ts).
  'questions/downtime-hours.md': `---
kind: number
prompt: How long can the application be unavailable at cutover?
order: 10
unit: hours
min: 0
max: 720
default: 4
---
`,
  'questions/database-size-gb.md': `---
kind: number
prompt: How large is the database?
order: 20
unit: GB
min: 0
max: 1000000
---
`,
  'questions/database-count.md': `---
kind: number
prompt: How many databases?
order: 25
unit: databases
min: 1
max: 10000
---
`,
  'questions/network-mbps.md': `---
kind: number
prompt: What bandwidth is available?
order: 30
unit: Mbit/s
min: 1
max: 100000
---
`,
  'questions/write-intensity.md': `---
kind: choice
prompt: How much write activity does the source see?
order: 40
options:
  - { value: low, label: Low }
  - { value: heavy, label: Heavy }
---
`,
  'questions/allow-preview.md': `---
kind: boolean
prompt: Would you consider a preview?
order: 50
default: false
---
`,
  'questions/tables-without-primary-key.md': `---
kind: boolean
prompt: Do any tables lack a primary key?
order: 60
---
`,
  'guides/offline-vs-online.md': `---
title: Offline or online
summary: How to choose.
rules:
  - { id: test-offline-first, text: Test offline first., cite: status-2022 }
  - { id: offline-when-window-fits, text: Offline when the window fits., cite: status-2022 }
  - { id: offline-simpler-fewer-failures, text: Offline is simpler., cite: status-2022 }
  - { id: online-when-downtime-short, text: Online when downtime must be short., cite: status-2022 }
  - { id: online-write-heavy-reduce-load, text: Reduce the write load., cite: status-2022 }
  - { id: online-manual-cutover, text: You start the cutover., cite: status-2022 }
  - { id: online-source-impact, text: Online loads the source., cite: status-2022 }
  - { id: online-primary-keys, text: Online needs primary keys., cite: status-2022 }
  - { id: estimate-with-restored-copy, text: Measure with a restored copy., cite: status-2022 }
---
Prose.
`,
};

export const TODAY = '2026-11-22';

/** Writes VALID with the given overrides (a null value deletes a file) and loads it, held to the whole site's contract. */
export function loadFixture(overrides: Record<string, FileSpec> = {}) {
  return loadContentFiles({ ...VALID, ...overrides }, TODAY, SITE_CONTRACT);
}

/** Replaces one line of a VALID file, the way an author's edit would. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = VALID[path];
  if (!text.includes(from)) throw new Error(`fixture ${path} has no ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}

export const errors = (problems: readonly Problem[]) => problems.filter((p) => p.level === 'error');
