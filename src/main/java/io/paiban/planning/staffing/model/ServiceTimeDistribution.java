package io.paiban.planning.staffing.model;

import java.util.SplittableRandom;

/** Distribution of a contact's handle time in the simulation. */
public sealed interface ServiceTimeDistribution
        permits ServiceTimeDistribution.Exponential, ServiceTimeDistribution.LogNormal, ServiceTimeDistribution.Deterministic {

    double meanSeconds();

    double sample(SplittableRandom random);

    /** The Erlang assumption. */
    record Exponential(double meanSeconds) implements ServiceTimeDistribution {
        public Exponential {
            StaffingInputException.requirePositive("meanSeconds", meanSeconds);
        }

        @Override
        public double sample(SplittableRandom random) {
            return -meanSeconds * Math.log(1.0 - random.nextDouble());
        }
    }

    /** Closer to measured handle times (right-skewed, never near zero); parameterised by mean and CV. */
    record LogNormal(double meanSeconds, double coefficientOfVariation) implements ServiceTimeDistribution {
        public LogNormal {
            StaffingInputException.requirePositive("meanSeconds", meanSeconds);
            StaffingInputException.requirePositive("coefficientOfVariation", coefficientOfVariation);
        }

        @Override
        public double sample(SplittableRandom random) {
            double sigmaSquared = Math.log1p(coefficientOfVariation * coefficientOfVariation);
            double mu = Math.log(meanSeconds) - sigmaSquared / 2;
            return Math.exp(mu + Math.sqrt(sigmaSquared) * random.nextGaussian());
        }
    }

    /** Fixed handle time, e.g. for deferred work planned in whole items. */
    record Deterministic(double meanSeconds) implements ServiceTimeDistribution {
        public Deterministic {
            StaffingInputException.requirePositive("meanSeconds", meanSeconds);
        }

        @Override
        public double sample(SplittableRandom random) {
            return meanSeconds;
        }
    }
}
