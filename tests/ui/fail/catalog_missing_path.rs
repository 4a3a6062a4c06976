errors_macros::catalog!("catalogs/no-such-catalogue");

fn main() {}
