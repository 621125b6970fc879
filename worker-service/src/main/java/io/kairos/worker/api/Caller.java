package io.kairos.worker.api;

import io.kairos.model.id.PipelineId;

/**
 * Who is asking: an admin (everything) or one tenant (its own pipelines and runs only).
 *
 * @param tenant null for an admin
 */
public record Caller(String tenant, String name) {

    public static Caller admin(String name) {
        return new Caller(null, name);
    }

    public static Caller ofTenant(String tenant) {
        return new Caller(tenant, "tenant:" + tenant);
    }

    public boolean isAdmin() {
        return tenant == null;
    }

    public boolean mayAccess(PipelineId pipeline) {
        return isAdmin() || tenant.equals(pipeline.tenant());
    }

    /** Refuses with 403 unless the caller may act on {@code pipeline}. */
    public void requireAccess(PipelineId pipeline, String path) {
        if (!mayAccess(pipeline)) {
            throw ApiException.forbidden(path, "tenant " + tenant + " may not access pipeline " + pipeline);
        }
    }

    public void requireAdmin(String path, String what) {
        if (!isAdmin()) {
            throw ApiException.forbidden(path, what + " needs an admin token");
        }
    }

    /** The rate-limit bucket: the tenant, or {@code admin}. */
    public String bucket() {
        return isAdmin() ? "admin" : tenant;
    }
}
