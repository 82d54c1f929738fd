package io.lakejob.sdk.flink.internal.ops;

import java.util.List;
import org.apache.flink.table.catalog.CatalogBaseTable;
import org.apache.flink.table.catalog.CatalogDatabase;
import org.apache.flink.table.catalog.GenericInMemoryCatalog;
import org.apache.flink.table.catalog.ObjectPath;
import org.apache.flink.table.catalog.exceptions.DatabaseAlreadyExistException;
import org.apache.flink.table.catalog.exceptions.DatabaseNotEmptyException;
import org.apache.flink.table.catalog.exceptions.DatabaseNotExistException;
import org.apache.flink.table.catalog.exceptions.TableAlreadyExistException;
import org.apache.flink.table.catalog.exceptions.TableNotExistException;

/**
 * The client's Flink catalog: a {@link GenericInMemoryCatalog} whose database and table methods
 * are synchronized, because the catalog handlers and every SQL job's {@code TableEnvironment}
 * use it from different threads.
 */
final class CatalogInMemory extends GenericInMemoryCatalog {
    CatalogInMemory(String name, String defaultDatabase) {
        super(name, defaultDatabase);
    }

    @Override
    public synchronized void createDatabase(String name, CatalogDatabase db, boolean ignoreIfExists)
            throws DatabaseAlreadyExistException {
        super.createDatabase(name, db, ignoreIfExists);
    }

    @Override
    public synchronized void dropDatabase(String name, boolean ignoreIfNotExists, boolean cascade)
            throws DatabaseNotExistException, DatabaseNotEmptyException {
        super.dropDatabase(name, ignoreIfNotExists, cascade);
    }

    @Override
    public synchronized void alterDatabase(String name, CatalogDatabase db, boolean ignoreIfNotExists)
            throws DatabaseNotExistException {
        super.alterDatabase(name, db, ignoreIfNotExists);
    }

    @Override
    public synchronized List<String> listDatabases() {
        return List.copyOf(super.listDatabases());
    }

    @Override
    public synchronized CatalogDatabase getDatabase(String name) throws DatabaseNotExistException {
        return super.getDatabase(name);
    }

    @Override
    public synchronized boolean databaseExists(String name) {
        return super.databaseExists(name);
    }

    @Override
    public synchronized void createTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfExists)
            throws TableAlreadyExistException, DatabaseNotExistException {
        super.createTable(path, table, ignoreIfExists);
    }

    @Override
    public synchronized void alterTable(ObjectPath path, CatalogBaseTable table, boolean ignoreIfNotExists)
            throws TableNotExistException {
        super.alterTable(path, table, ignoreIfNotExists);
    }

    @Override
    public synchronized void dropTable(ObjectPath path, boolean ignoreIfNotExists) throws TableNotExistException {
        super.dropTable(path, ignoreIfNotExists);
    }

    @Override
    public synchronized void renameTable(ObjectPath path, String newName, boolean ignoreIfNotExists)
            throws TableNotExistException, TableAlreadyExistException {
        super.renameTable(path, newName, ignoreIfNotExists);
    }

    @Override
    public synchronized List<String> listTables(String db) throws DatabaseNotExistException {
        return List.copyOf(super.listTables(db));
    }

    @Override
    public synchronized List<String> listViews(String db) throws DatabaseNotExistException {
        return List.copyOf(super.listViews(db));
    }

    @Override
    public synchronized CatalogBaseTable getTable(ObjectPath path) throws TableNotExistException {
        return super.getTable(path);
    }

    @Override
    public synchronized boolean tableExists(ObjectPath path) {
        return super.tableExists(path);
    }
}
