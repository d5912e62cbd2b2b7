-- API keys of partner agencies (and analysts' scripts). The secret is never stored: only its SHA-256, which is
-- enough for a 256-bit random secret (a slow password hash protects guessable secrets, which these are not) and
-- keeps the check per request cheap.
create table api_key (
    id            varchar(16)  primary key,
    secret_sha256 bytea        not null,
    label         varchar(200) not null,
    country_code  char(3),
    agency_code   varchar(32),
    roles         varchar(100) not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    expires_at    timestamptz  not null,
    revoked_at    timestamptz,
    replaced_by   varchar(16)  references api_key (id),
    version       integer      not null default 0,
    constraint api_key_partner_has_country check (roles not like '%partner%' or (country_code is not null and agency_code is not null))
);

create index api_key_country on api_key (country_code);
