// A directory without any `*.yaml` file.
errors_macros::catalog!("catalogs");

fn main() {}
