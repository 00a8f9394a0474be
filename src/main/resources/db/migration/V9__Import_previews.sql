-- Import previews wait here to be committed as draft articles; they expire (tongpin.imports.preview-kept-for).
create table import_preview (
    id          uuid         not null,
    preview     text         not null,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    article_id  uuid,
    constraint pk_import_preview primary key (id),
    constraint fk_import_preview_article foreign key (article_id) references article (id) on delete set null
);

create index ix_import_preview_expires_at on import_preview (expires_at);
