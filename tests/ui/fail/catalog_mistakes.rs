errors_macros::catalog!("catalogs/bad");

fn main() {}
