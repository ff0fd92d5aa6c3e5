/**
 * A sample inventory for the fleet page to offer as fleet/sample.csv and for people to copy: real
 * platform ids and question ids, about a dozen databases, and on purpose a few of the things fleet
 * mode reports: a platform written by its name, a downtime in minutes, a row with a typo in its
 * target (an error with a did-you-mean), a SQL Server version on a MySQL row (a cell that does not
 * apply), a source that has been retired (a deadline), and an Azure Migrate column that is ignored.
 * Written as text, not from content/, so it reads as a person's file would; a unit test checks
 * every id in it still exists.
 */
export const SAMPLE_INVENTORY = [
  'name,source,target,database-size-gb,downtime-hours,network-mbps,sql-server-version,mysql-version,postgresql-version,write-intensity,Storage in use (In GB)',
  'crm-prod,sql-server,azure-sql-managed-instance,2000,1,1000,2019,,,heavy,4096',
  'crm-reporting,sql-server,azure-sql-database,80,4,500,2016,,,low,512',
  'legacy-erp,sql-server,sql-server-on-azure-vm,600,8,1000,2008,,,moderate,1200',
  'hr,SQL Server,Azure SQL Managed Instance,45,30 min,200,2017,,,low,100',
  '"Billing, EU",sql-server,azure-sql-managed-instance,350,2h,1000,2022,,,moderate,800',
  'shop,mysql,azure-mysql-flexible-server,120,2,500,2019,8,,moderate,300',
  'blog,mysql,azure-mysql-flexible-server,5,4,100,,5.7,,low,20',
  'analytics,postgresql,azure-postgresql-flexible-server,1500,1,1000,,,12,heavy,3000',
  'geo,postgresql,azure-postgresql-flexible-server,40,8,200,,,11,low,90',
  'old-pg,azure-postgresql-single-server,azure-postgresql-flexible-server,60,4,500,,,11,low,',
  'catalog,mongodb,azure-documentdb,250,6,1000,,,,moderate,600',
  'finance,oracle,azure-postgresql-flexible-server,900,12,1000,,,,moderate,1800',
  'intranet,sql-server,azure-sql-managed-instence,20,4,100,2019,,,low,40',
  '',
].join('\r\n');
