package io.paiban.platform.persistence;

import io.paiban.platform.error.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.Transactional;

/**
 * Get, create, replace and delete of a user-edited entity: 404 for unknown ids, optimistic locking
 * on replace, and a flush inside the transaction so constraint failures surface as problems here.
 * Subclasses say how a request becomes the entity and the entity a view.
 */
public abstract class VersionedCrudService<E extends VersionedEntity, R extends VersionedRequest, V> {

    private final Class<E> type;
    private final String resource;

    protected VersionedCrudService(Class<E> type, String resource) {
        this.type = type;
        this.resource = resource;
    }

    /** Validates the request and copies it into the entity; {@code entity.id} is null when creating. */
    protected abstract void apply(E entity, R request);

    protected abstract V view(E entity);

    /**
     * Throws (404) when the caller may not see this row; services of scoped data override it.
     * Called on every read, replace and delete by id, before anything is changed.
     */
    protected void authorize(E entity) {
    }

    public E find(long id) {
        E entity = Panache.getEntityManager().find(type, id);
        if (entity == null) {
            throw ApiException.notFound(resource, id);
        }
        return entity;
    }

    public V get(long id) {
        return view(findVisible(id));
    }

    /** The row if it exists and the caller may see it; 404 otherwise. */
    public E findVisible(long id) {
        E entity = find(id);
        authorize(entity);
        return entity;
    }

    @Transactional
    public V create(R request) {
        E entity = newEntity();
        apply(entity, request);
        entity.persistAndFlush();
        return view(entity);
    }

    @Transactional
    public V update(long id, R request) {
        E entity = findVisible(id);
        entity.requireVersion(request.version(), resource);
        apply(entity, request);
        entity.persistAndFlush();
        return view(entity);
    }

    @Transactional
    public void delete(long id) {
        findVisible(id).delete();
        Panache.getEntityManager().flush();
    }

    private E newEntity() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }
}
