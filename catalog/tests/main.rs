//! The Vipps catalogue's tests as one binary: each file is a module. (`emit_allocations` has a
//! binary of its own: its global allocator counts every allocation of its process.)

mod build_inputs;
mod classify_bodies;
mod classify_roundtrip;
mod every_entry;
mod locales;
