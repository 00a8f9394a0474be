-- What partners may do with an article (answered with it and in every feed), and where the subject
-- of an image is (WeChat's cover crops centre on it).

alter table article add column syndication_republish   boolean      not null default true;
alter table article add column syndication_attribution varchar(200);
alter table article add column syndication_edits       boolean      not null default false;

alter table asset add column focal_x double precision;
alter table asset add column focal_y double precision;
alter table asset add constraint ck_asset_focal_point check (
    (focal_x is null and focal_y is null)
    or (focal_x between 0 and 1 and focal_y between 0 and 1));
