-- One live calendar-feed token per agent, kept by the database: issuing revokes the old token and inserts a new one,
-- which two replicas (or two Galera nodes, where gap locks are not replicated) could otherwise do at once and leave
-- two live tokens. The generated column is the agent while the token is live, else NULL (NULLs do not collide), so
-- the loser of such a race gets a duplicate key, answered 409. Older duplicates, if any, keep only the newest token.
UPDATE calendar_feed_token t
    JOIN (SELECT agent_id, MAX(id) AS keep_id FROM calendar_feed_token WHERE revoked_at IS NULL GROUP BY agent_id) k
    ON t.agent_id = k.agent_id
SET t.revoked_at = UTC_TIMESTAMP(6)
WHERE t.revoked_at IS NULL AND t.id <> k.keep_id;

ALTER TABLE calendar_feed_token
    ADD COLUMN live_agent_id BIGINT AS (IF(revoked_at IS NULL, agent_id, NULL)) PERSISTENT,
    ADD CONSTRAINT uk_feed_token_live UNIQUE (live_agent_id);
