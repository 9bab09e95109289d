-- Docker only: one database per service (infra/stack/up.ts does the same on a local server).
CREATE DATABASE tthc_directory;
CREATE DATABASE tthc_planning;
CREATE DATABASE tthc_complaints;
CREATE DATABASE tthc_inspections;
CREATE DATABASE tthc_reporting;
