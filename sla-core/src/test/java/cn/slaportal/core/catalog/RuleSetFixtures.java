package cn.slaportal.core.catalog;

/** Rule-set texts for tests: a two-level Service Bus set and a Dynamics set, as v1 of each states them. */
public final class RuleSetFixtures {

    /** Service Bus v1, shortened to two levels and two exclusions. */
    public static final String SERVICE_BUS_V1 = """
            # a comment
            document: service-bus
            claims-clause: 3.2
            claim-information: DETAILED_DESCRIPTION, INCIDENT_TIME_AND_DURATION, AFFECTED_RESOURCES_OR_OPERATIONS, RESOLUTION_ATTEMPTS

            level: service-bus-relays
              name.en: Service Bus Relays
              name.zh-CN: 服务总线中继
              uptime-method: DEPLOYMENT_MINUTES
              tiers: < 99.9 -> 10, < 99 -> 25
              tiers-clause: 4.2
              deadline: billing-months 2
              credit-frequency: CAPPED_BY_MONTHLY_FEE

            level: service-bus-queues-topics
              name.en: Service Bus Queues and Topics
              name.zh-CN: 服务总线队列和主题
              uptime-method: DEPLOYMENT_MINUTES
              tiers: < 99.9 -> 10, < 99 -> 25
              tiers-clause: 4.3
              deadline: billing-months 2
              credit-frequency: CAPPED_BY_MONTHLY_FEE

            exclusion: AZ-01
              clause: 3.3.1
              title.en: Factors outside 21Vianet's reasonable control
              title.zh-CN: 世纪互联无法合理控制的因素

            exclusion: AZ-02
              clause: 3.3.2
              title.en: Hardware, software or services not provided by 21Vianet
              title.zh-CN: 使用并非由世纪互联提供的硬件、软件或服务
            """;

    /** Dynamics 365 v1, shortened to two levels and one exclusion. */
    public static final String DYNAMICS_365_V1 = """
            document: dynamics-365
            claims-clause: 4
            claim-information: DETAILED_DESCRIPTION, DOWNTIME_TIME_AND_DURATION, AFFECTED_END_USERS_NUMBER_AND_LOCATIONS, RESOLUTION_ATTEMPTS

            level: dynamics-365-sales-enterprise
              name.en: Dynamics 365 for Sales Enterprise
              name.zh-CN: Dynamics 365 销售企业版
              uptime-method: USER_MINUTES
              tiers: < 99.9 -> 25, < 99 -> 50, < 95 -> 100
              tiers-clause: 3
              deadline: calendar-months 1
              decision-period-days: 45
              credit-frequency: ONE_PER_SERVICE_PER_MONTHLY_PERIOD

            level: dynamics-365-finance-operations
              name.en: Dynamics 365 for Finance and Operations
              name.zh-CN: Dynamics 365 财务和运营
              uptime-method: TENANT_MINUTES
              tiers: < 99.9 -> 25, < 99 -> 50, < 95 -> 100
              tiers-clause: 3
              deadline: calendar-months 1
              decision-period-days: 45
              credit-frequency: ONE_PER_SERVICE_PER_MONTHLY_PERIOD

            exclusion: D365-06
              clause: 5.6
              title.en: Previews
              title.zh-CN: 预览版
            """;

    private RuleSetFixtures() {
    }

    public static RuleSet serviceBusV1() {
        return RuleSetFormat.parse(SERVICE_BUS_V1);
    }

    public static RuleSet dynamicsV1() {
        return RuleSetFormat.parse(DYNAMICS_365_V1);
    }
}
