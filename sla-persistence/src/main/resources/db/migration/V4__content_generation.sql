-- One row counting changes of the published content (SLA versions, FAQ entries). Every instance reads it every
-- few hundred milliseconds and renders its cached pages again when it moved, so a publication on one instance
-- reaches all of them within seconds without a query per page view.
CREATE TABLE content_generation (
    id         INT    NOT NULL,
    generation BIGINT NOT NULL,
    CONSTRAINT content_generation_pk PRIMARY KEY (id)
);

INSERT INTO content_generation (id, generation) VALUES (1, 0);
