/**
 * List-valued keys whose order carries no meaning for Graph (sets of countries, placements, audiences …): compared
 * as multisets. Matched by the last path segment, so `targeting.excluded_geo_locations.countries` counts too.
 * Any list not named here is compared in order.
 */
export const UNORDERED_LIST_KEYS: ReadonlySet<string> = new Set([
  // geo
  'countries', 'regions', 'cities', 'zips', 'places', 'custom_locations', 'geo_markets', 'electoral_districts',
  'country_groups', 'location_types', 'medium_geo_areas', 'large_geo_areas', 'small_geo_areas', 'metro_areas',
  'neighborhoods', 'subcities', 'subneighborhoods',
  // placements and devices
  'publisher_platforms', 'facebook_positions', 'instagram_positions', 'messenger_positions',
  'audience_network_positions', 'threads_positions', 'whatsapp_positions', 'device_platforms', 'user_os', 'user_device',
  'excluded_user_device', 'wireless_carrier',
  // people
  'locales', 'genders', 'interests', 'behaviors', 'custom_audiences', 'excluded_custom_audiences', 'life_events',
  'family_statuses', 'industries', 'income', 'work_positions', 'work_employers', 'education_statuses',
  'education_schools', 'education_majors', 'relationship_statuses', 'connections', 'excluded_connections',
  'friends_of_connections', 'flexible_spec', 'brand_safety_content_filter_levels', 'excluded_publisher_categories',
  // ad set level
  'execution_options', 'pacing_type', 'adlabels', 'targeting_optimization_types', 'dataset_split_ids',
  'object_store_urls', 'regional_regulated_categories',
]);
