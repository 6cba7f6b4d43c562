package io.paiban.masterdata.client;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTarget;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The service standards outsourcing contracts name (DOMAIN.md): phone answered within 5 minutes,
 * chat within 2 minutes, email within 24 hours; JD adds after-sale tickets within 3 hours and the
 * 16:00/18:00 after-sale email rule. The contracts give no share, so we assume 90% and let the
 * client's record say otherwise.
 */
public final class ContractDefaults {

    public static final String DEFAULT_SHARE = "0.90";

    private ContractDefaults() {
    }

    public static List<ServiceStandard> standardsFor(Platform platform) {
        List<ServiceStandard> standards = new ArrayList<>(List.of(
                new ServiceStandard(Channel.PHONE, null, ServiceTarget.answerWithin(300, DEFAULT_SHARE), "Phone answered within 5 minutes"),
                new ServiceStandard(Channel.CHAT, null, ServiceTarget.answerWithin(120, DEFAULT_SHARE), "Live chat answered within 2 minutes"),
                new ServiceStandard(Channel.EMAIL, null, ServiceTarget.replyWithin(24 * 3600, DEFAULT_SHARE, false), "Email answered within 24 hours")));
        if (platform == Platform.JD) {
            standards.add(new ServiceStandard(Channel.TICKET, QueueFunction.AFTER_SALE,
                    ServiceTarget.replyWithin(3 * 3600, DEFAULT_SHARE, true), "JD after-sale ticket: clear reply within 3 hours"));
            standards.add(new ServiceStandard(Channel.EMAIL, QueueFunction.AFTER_SALE,
                    ServiceTarget.replyByCutoff(LocalTime.of(16, 0), LocalTime.of(18, 0), DEFAULT_SHARE),
                    "JD after-sale email: before 16:00 replied by 18:00 the same day, after 16:00 by 18:00 the next day"));
        }
        return standards;
    }
}
