-- One database per service, each owned by the role the services connect as (NUA_DB_USER). Run once, when the
-- PostgreSQL volume is new (the official image's /docker-entrypoint-initdb.d convention).
create database nua_indicator;
create database nua_country;
create database nua_report;
create database nua_gateway;
