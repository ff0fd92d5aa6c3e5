import { COLLECTIONS, type CollectionName } from '../../../src/lib/schema/collections.ts';
import type { AdvisorData } from '../../../src/lib/advisor/types.ts';

/**
 * A small world for pure-logic tests, written the way authors write front matter and parsed by
 * the real schemas, so shorthand (bare citations, defaults) is normalised exactly as in content/.
 * Each fact follows the document named in its citation. Tests pass overrides to change one thing.
 */
const RAW: Record<Exclude<CollectionName, 'footnotes'>, Record<string, unknown>> & { footnotes: Record<string, string> } = {
  documents: {
    'status-2022': { title: 'DMS scenario status', url: 'https://example.com/status-2022', date: '2022-06-13' },
    'status-2026': { title: 'DMS supported scenarios', url: 'https://example.com/status-2026', date: '2026-02-19' },
    'ads-2021': { title: 'Migrate using Azure Data Studio', url: 'https://example.com/ads-2021', date: '2021-09-01' },
    'pg-2025': { title: 'PostgreSQL migration service', url: 'https://example.com/pg-2025', date: '2025-02-07' },
    'mysql-faq-2022': { title: 'MySQL Single to Flexible FAQ', url: 'https://example.com/mysql-faq-2022', date: '2022-09-17' },
    'mysql-retirement-2024': { title: 'What happens to MySQL Single Server', url: 'https://example.com/mysql-ret', date: '2024-11-25' },
  },
  platforms: {
    'sql-server': { name: 'SQL Server', engine: 'sql-server', hosting: 'self-managed', cite: 'status-2022' },
    'azure-sql-managed-instance': { name: 'Azure SQL Managed Instance', engine: 'sql-server', hosting: 'azure-paas', cite: 'status-2022' },
    'azure-sql-database': { name: 'Azure SQL Database', engine: 'sql-server', hosting: 'azure-paas', cite: 'status-2022' },
    postgresql: { name: 'PostgreSQL', engine: 'postgresql', hosting: 'self-managed', cite: 'pg-2025' },
    'azure-postgresql-flexible-server': { name: 'Azure Database for PostgreSQL flexible server', engine: 'postgresql', hosting: 'azure-paas', cite: 'pg-2025' },
    mysql: { name: 'MySQL', engine: 'mysql', hosting: 'self-managed', cite: 'status-2022' },
    'azure-mysql-flexible-server': { name: 'Azure Database for MySQL flexible server', engine: 'mysql', hosting: 'azure-paas', cite: 'status-2022' },
    'azure-mysql-single-server': {
      name: 'Azure Database for MySQL single server',
      engine: 'mysql',
      hosting: 'azure-paas',
      lifecycle: [{ event: 'retired', date: '2024-09-16', successor: 'azure-mysql-flexible-server', cite: 'mysql-retirement-2024' }],
      cite: 'status-2022',
    },
    oracle: { name: 'Oracle', engine: 'oracle', hosting: 'self-managed', cite: 'status-2026' },
  },
  tools: {
    dms: { name: 'Azure Database Migration Service', short: 'DMS', cite: 'status-2026' },
    'sql-migration-extension': {
      name: 'Azure SQL Migration extension',
      lifecycle: [{ event: 'retired', date: '2026-02-28', successor: 'dms', cite: 'status-2026' }],
      cite: 'ads-2021',
    },
    'pg-migration-service': {
      name: 'PostgreSQL migration service',
      throughput: { gbPerHour: 146, basis: '1 TB in about 7 hours on a D4ds_v4 target', cite: 'pg-2025' },
      cite: 'pg-2025',
    },
  },
  footnotes: {
    'paas-source': 'Choose the matching engine when the source is already in Azure.',
  },
  scenarios: {
    'sql-server-to-azure-sql-managed-instance': {
      source: 'sql-server',
      target: 'azure-sql-managed-instance',
      reviewed: '2026-03-01',
      offerings: [
        { mode: 'offline', tool: 'dms', history: [{ date: '2022-06-13', status: 'ga', cite: 'status-2022' }] },
        { mode: 'online', tool: 'dms', history: [{ date: '2022-06-13', status: 'ga', cite: 'status-2022' }] },
        { mode: 'offline', tool: 'sql-migration-extension', history: [{ date: '2021-09-01', status: 'preview', cite: 'ads-2021' }, { date: '2022-06-13', status: 'ga', cite: 'status-2022' }] },
      ],
    },
    'sql-server-to-azure-sql-database': {
      source: 'sql-server',
      target: 'azure-sql-database',
      reviewed: '2026-03-01',
      offerings: [
        { mode: 'offline', tool: 'dms', history: [{ date: '2022-06-13', status: 'public-preview', cite: 'status-2022' }, { date: '2026-02-19', status: 'ga', cite: 'status-2026' }] },
        { mode: 'online', tool: 'dms', history: [{ date: '2022-06-13', status: 'not-supported', cite: 'status-2022' }] },
      ],
    },
    'postgresql-to-azure-postgresql-flexible-server': {
      source: 'postgresql',
      target: 'azure-postgresql-flexible-server',
      reviewed: '2026-03-01',
      offerings: [
        { mode: 'offline', tool: 'pg-migration-service', history: [{ date: '2025-02-07', status: 'ga', cite: 'pg-2025' }] },
        { mode: 'online', tool: 'pg-migration-service', history: [{ date: '2025-02-07', status: 'ga', cite: 'pg-2025' }] },
      ],
    },
    'mysql-to-azure-mysql-flexible-server': {
      source: 'mysql',
      target: 'azure-mysql-flexible-server',
      reviewed: '2026-03-01',
      offerings: [
        { mode: 'offline', tool: 'dms', history: [{ date: '2022-06-13', status: 'ga', cite: 'status-2022' }] },
        { mode: 'online', tool: 'dms', footnotes: ['paas-source'], history: [{ date: '2022-06-13', status: 'preview', note: 'Online MySQL was in preview in 2022.', cite: 'status-2022' }] },
      ],
    },
    'mysql-to-azure-mysql-single-server': {
      source: 'mysql',
      target: 'azure-mysql-single-server',
      reviewed: '2026-03-01',
      offerings: [{ mode: 'offline', tool: 'dms', history: [{ date: '2022-06-13', status: 'ga', cite: 'status-2022' }] }],
    },
    'oracle-to-azure-sql-managed-instance': {
      source: 'oracle',
      target: 'azure-sql-managed-instance',
      reviewed: '2026-03-01',
      offerings: [{ mode: 'offline', tool: 'dms', history: [{ date: '2022-06-13', status: 'not-supported', cite: 'status-2022' }] }],
    },
  },
  questions: {
    'downtime-hours': { kind: 'number', prompt: 'How long can the application be down?', order: 10, unit: 'hours', min: 0, max: 720, step: 0.5, default: 4 },
    'database-size-gb': { kind: 'number', prompt: 'How large is the database?', order: 20, unit: 'GB', min: 0, max: 1000000, step: 0.1, default: 100 },
    'database-count': { kind: 'number', prompt: 'How many databases?', order: 25, unit: 'databases', min: 1, max: 10000, step: 1, default: 1 },
    'network-mbps': { kind: 'number', prompt: 'What bandwidth is available?', order: 30, unit: 'Mbit/s', min: 1, max: 100000, default: 100 },
    'write-intensity': {
      kind: 'choice',
      prompt: 'How much write activity?',
      order: 40,
      options: [
        { value: 'low', label: 'Low' },
        { value: 'moderate', label: 'Moderate' },
        { value: 'heavy', label: 'Heavy' },
      ],
    },
    'allow-preview': { kind: 'boolean', prompt: 'Consider preview paths?', order: 50, default: false },
    'sql-server-version': {
      kind: 'choice',
      prompt: 'Which SQL Server version?',
      order: 100,
      askFor: { engines: ['sql-server'] },
      options: [
        { value: 2005, label: '2005' },
        { value: 2014, label: '2014' },
        { value: 2016, label: '2016' },
      ],
    },
    'backup-location': {
      kind: 'choice',
      prompt: 'Where are the backups?',
      order: 130,
      askFor: { engines: ['sql-server'], targets: ['azure-sql-managed-instance'] },
      options: [
        { value: 'smb-share', label: 'SMB share' },
        { value: 'azure-storage', label: 'Azure Storage' },
      ],
    },
    'storage-firewall': {
      kind: 'boolean',
      prompt: 'Is the storage account behind a firewall?',
      order: 140,
      askFor: { engines: ['sql-server'] },
      askWhen: { question: 'backup-location', equals: 'azure-storage' },
    },
    'tables-without-primary-key': { kind: 'boolean', prompt: 'Do tables lack a primary key?', order: 310, askFor: { engines: ['postgresql'] } },
  },
  considerations: {
    'ads-sql-server-2014': {
      kind: 'limitation',
      title: 'SQL Server 2014 and earlier not supported by the extension',
      summary: 'The extension needs SQL Server 2016 or later.',
      severity: 'blocker',
      appliesTo: { engines: ['sql-server'], tools: ['sql-migration-extension'] },
      when: { question: 'sql-server-version', below: 2016 },
      cite: 'ads-2021',
    },
    'dms-sql-server-2005': {
      kind: 'limitation',
      title: 'SQL Server 2005 is below the supported range of DMS',
      summary: 'DMS accepts SQL Server 2008 and later.',
      severity: 'blocker',
      appliesTo: { engines: ['sql-server'], tools: ['dms'] },
      when: { question: 'sql-server-version', below: 2008 },
      cite: 'status-2026',
    },
    'storage-firewall-blocked': {
      kind: 'limitation',
      title: 'Storage behind a firewall is not supported by the extension',
      summary: 'Use a storage account without firewall rules.',
      severity: 'blocker',
      appliesTo: { engines: ['sql-server'], tools: ['sql-migration-extension'] },
      when: { question: 'storage-firewall', equals: true },
      cite: 'ads-2021',
    },
    'pg-online-no-primary-key': {
      kind: 'limitation',
      title: 'Tables without a primary key replay only inserts online',
      summary: 'Add a primary key or migrate offline.',
      severity: 'warning',
      appliesTo: { engines: ['postgresql'], modes: ['online'] },
      when: { question: 'tables-without-primary-key', equals: true },
      cite: 'pg-2025',
    },
    'mysql-1tb-ticket': {
      kind: 'prerequisite',
      title: 'Databases of 1 TB or more need a support request',
      summary: 'Ask DMS support to scale up the migration agent.',
      severity: 'warning',
      appliesTo: { engines: ['mysql'], tools: ['dms'] },
      when: { question: 'database-size-gb', atLeast: 1024 },
      cite: 'mysql-faq-2022',
    },
    'sysadmin-login': {
      kind: 'prerequisite',
      title: 'Source login needs sysadmin',
      summary: 'The source login must be sysadmin or hold CONTROL SERVER.',
      severity: 'info',
      appliesTo: { engines: ['sql-server'], targets: ['azure-sql-managed-instance'] },
      cite: 'ads-2021',
    },
    'mi-lrs-30-days': {
      kind: 'limitation',
      title: 'Online migrations to SQL Managed Instance must finish within 30 days',
      summary: 'Log Replay Service jobs are cancelled after 30 days.',
      severity: 'warning',
      appliesTo: { targets: ['azure-sql-managed-instance'], modes: ['online'] },
      cite: 'status-2026',
    },
  },
  guides: {
    'offline-vs-online': {
      title: 'Offline or online',
      summary: 'How to choose.',
      rules: [
        { id: 'test-offline-first', text: 'Test an offline migration first; if its downtime is unacceptable, migrate online.', cite: 'status-2022' },
        { id: 'offline-when-window-fits', text: 'Choose offline when the migration fits a planned maintenance window.', cite: 'pg-2025' },
        { id: 'offline-simpler-fewer-failures', text: 'Offline is simpler and has far fewer chances of failure.', cite: 'pg-2025' },
        { id: 'online-when-downtime-short', text: 'Choose online when the acceptable downtime is shorter than the copy.', cite: 'status-2022' },
        { id: 'online-write-heavy-reduce-load', text: 'Online suits write-heavy workloads, but reduce the load during the migration.', cite: 'mysql-faq-2022' },
        { id: 'online-manual-cutover', text: 'Online migrations need a manual cutover.', cite: 'mysql-faq-2022' },
        { id: 'online-source-impact', text: 'A long online migration loads the source; monitor it.', cite: 'pg-2025' },
        { id: 'online-primary-keys', text: 'Online replication needs primary keys in all tables.', cite: 'pg-2025' },
        { id: 'estimate-with-restored-copy', text: 'Estimate downtime by migrating a restored copy of production.', cite: 'pg-2025' },
      ],
    },
  },
};

type Overrides = Partial<{ [K in keyof typeof RAW]: Record<string, unknown | null> }>;

/** The fixture as AdvisorData; an override of `null` removes an entry. */
export function fixture(overrides: Overrides = {}): AdvisorData {
  const data: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(RAW) as (keyof typeof RAW)[]) {
    const merged: Record<string, unknown> = { ...RAW[name], ...overrides[name] };
    data[name] = {};
    for (const [id, raw] of Object.entries(merged)) {
      if (raw === null) continue;
      data[name][id] =
        name === 'footnotes' ? { id, text: raw as string } : { id, data: COLLECTIONS[name].schema.parse(raw) };
    }
  }
  return data as unknown as AdvisorData;
}

export const TODAY = '2026-06-01';
