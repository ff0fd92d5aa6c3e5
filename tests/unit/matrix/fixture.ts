import { loadContentFiles } from '../../support/content-files.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import type { MatrixVocabulary } from '../../../src/lib/matrix/query.ts';

/** Allowed filter values for the query-parser tests, which need no dataset. */
export const VOCABULARY: MatrixVocabulary = {
  source: ['sql-server', 'amazon-rds-sql-server', 'mysql'],
  target: ['azure-sql-managed-instance', 'azure-mysql-flexible-server'],
  engine: ['sql-server', 'mysql'],
  tool: ['dms', 'dms-classic'],
  retiredTools: ['dms-classic'],
};

/**
 * A small matrix written as content files and parsed by the real loader: two SQL targets and two
 * MySQL targets, a retired target (MySQL Single Server), a retired tool (DMS classic), a scenario
 * with several offerings in one mode, and footnotes shared between scenarios.
 */
export const FILES: Record<string, string> = {
  'documents/status-2022.md': `---
title: Database migration scenario status
url: https://learn.microsoft.com/azure/dms/resource-scenario-status
date: 2022-06-13
---
The 2022 tables.
`,
  'documents/status-2026.md': `---
title: Supported scenarios, "2026" edition
url: https://learn.microsoft.com/azure/dms/resource-scenario-status?view=2026
date: 2026-02-19
---
The 2026 tables.
`,
  'platforms/sql-server.md': `---
name: SQL Server
engine: sql-server
hosting: self-managed
cite: status-2022
---
`,
  'platforms/amazon-rds-sql-server.md': `---
name: Amazon RDS for SQL Server
short: RDS SQL Server
engine: sql-server
hosting: aws
cite: status-2022
---
`,
  'platforms/azure-sql-managed-instance.md': `---
name: Azure SQL Managed Instance
short: SQL MI
engine: sql-server
hosting: azure-paas
cite: status-2022
---
`,
  'platforms/mysql.md': `---
name: MySQL
engine: mysql
hosting: self-managed
cite: status-2022
---
`,
  'platforms/azure-mysql-single-server.md': `---
name: Azure Database for MySQL – Single Server
short: MySQL Single Server
engine: mysql
hosting: azure-paas
lifecycle:
  - event: retired
    date: 2024-09-16
    successor: azure-mysql-flexible-server
    cite: status-2026
cite: status-2022
---
`,
  'platforms/azure-mysql-flexible-server.md': `---
name: Azure Database for MySQL – Flexible Server
short: MySQL Flexible
engine: mysql
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
  'tools/dms-classic.md': `---
name: Azure Database Migration Service (classic)
short: DMS (classic)
lifecycle:
  - event: retired
    date: 2026-03-15
    successor: dms
    cite: status-2026
cite: status-2026
---
`,
  'footnotes/extension-targets.md': `---
cite: status-2022
---
Through the **Azure SQL Migration** extension.
`,
  'footnotes/pick-source-engine.md': `---
cite: { doc: status-2026, section: Footnote 2 }
---
Pick the engine, not the service, as the source.
`,
  'scenarios/sql-server-to-azure-sql-managed-instance.md': `---
source: sql-server
target: azure-sql-managed-instance
reviewed: 2026-11-01
offerings:
  - mode: offline
    tool: dms-classic
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
      - { date: 2026-03-15, status: retired, cite: status-2026 }
  - mode: offline
    tool: dms
    footnotes: [extension-targets]
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
      - { date: 2026-02-19, status: ga, kind: confirmation, note: Still GA., cite: { doc: status-2026, section: Offline } }
  - mode: online
    tool: dms
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
---
`,
  'scenarios/amazon-rds-sql-server-to-azure-sql-managed-instance.md': `---
source: amazon-rds-sql-server
target: azure-sql-managed-instance
reviewed: 2026-11-01
offerings:
  - mode: offline
    tool: dms
    history:
      - { date: 2022-06-13, status: not-supported, cite: status-2022 }
      - { date: 2026-02-19, status: ga, cite: status-2026 }
  - mode: online
    tool: dms
    history:
      - { date: 2022-06-13, status: not-supported, cite: status-2022 }
---
`,
  'scenarios/mysql-to-azure-mysql-single-server.md': `---
source: mysql
target: azure-mysql-single-server
reviewed: 2026-11-01
offerings:
  - mode: offline
    tool: dms
    footnotes: [pick-source-engine]
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
---
`,
  'scenarios/mysql-to-azure-mysql-flexible-server.md': `---
source: mysql
target: azure-mysql-flexible-server
reviewed: 2026-11-01
offerings:
  - mode: online
    tool: dms-classic
    history:
      - { date: 2022-06-13, status: not-supported, cite: status-2022 }
  - mode: online
    tool: dms
    history:
      - { date: 2022-06-13, status: preview, cite: status-2022 }
  - mode: offline
    tool: dms
    history:
      - { date: 2022-06-13, status: ga, cite: status-2022 }
---
`,
  'scenarios/azure-mysql-single-server-to-azure-mysql-flexible-server.md': `---
source: azure-mysql-single-server
target: azure-mysql-flexible-server
reviewed: 2026-11-01
offerings:
  - mode: online
    tool: dms
    footnotes: [pick-source-engine, extension-targets]
    history:
      - { date: 2022-06-13, status: public-preview, cite: status-2022 }
---
`,
};

export const TODAY = '2026-11-22';

/** Loads FILES (with overrides; null deletes a file) through the real loader and schemas. */
export function loadDataset(overrides: Record<string, string | null> = {}): Dataset {
  const { dataset, problems } = loadContentFiles({ ...FILES, ...overrides }, TODAY);
  if (!dataset) throw new Error(`matrix fixture is invalid:\n${problems.map((p) => `${p.file} › ${p.field}: ${p.found}`).join('\n')}`);
  return dataset;
}
