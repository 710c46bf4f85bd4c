namespace OutlineAddin.Data;

public enum StorageProvider { Sqlite, Postgres }
