//! The cross-crate tests as one binary: each file is a module, so axum, reqwest and tokio
//! are linked once rather than once per file.

mod clients;
mod loopback;
mod packaging;
mod support;

mod catalog_json;
mod catalog_load_seeds;
mod catalog_macro;
mod classify_reqwest;
mod classify_seeds;
mod clients_agree;
mod clients_own_tests;
mod clients_scopes;
mod committed_docs;
mod committed_docs_clients;
mod dependency_tree;
mod derive;
mod e2e_concurrency;
mod e2e_error_paths;
mod e2e_malformed;
mod e2e_retry;
mod e2e_retry_bad_input;
mod generated_code;
mod generated_code_odd;
mod generated_code_tiny;
mod html_page;
mod html_page_locales;
mod import_circles;
mod layout;
mod locales_server;
mod openapi;
mod operations;
mod operations_shipped;
mod packaged;
mod retired;
mod schema_agreement;
mod server_layer;
mod shipped_catalog;
mod tidy;
mod ui;
mod utoipa_responses;
mod validation;
mod vocabulary;
