//! A layered layout for the report's pictures.
